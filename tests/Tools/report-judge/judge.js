// Outside judges for PaperTools' HTML reports.
//   node judge.js render OUTDIR FILE...  each page in headless Chromium (CHROMIUM, else /usr/bin/chromium) at 375 and
//     1280 px: a screenshot OUTDIR/<name>-<width>.png, and what the page did: horizontal overflow, console errors,
//     requests other than the page itself, links, any element or attribute a report never writes, the paper titles.
//   node judge.js validate FILE...        html-validate's recommended rules (inline styles allowed: e-mail needs them).
// Prints one JSON object on stdout; exit 0 when the judge ran (the verdict is the test's to judge).
'use strict'
const fs = require('fs')
const path = require('path')
const { pathToFileURL } = require('url')

// What HtmlReportRenderer writes; anything else in the DOM came from a digest.
const ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'body', 'div', 'h1', 'h2', 'h3', 'p', 'a', 'span'])
const ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'style', 'href', 'dir'])
const WIDTHS = [375, 1280]

async function render (outdir, files) {
  const puppeteer = require('puppeteer-core')
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  const verdicts = {}
  try {
    for (const file of files) {
      const url = pathToFileURL(path.resolve(file)).href
      verdicts[file] = {}
      for (const width of WIDTHS) {
        const page = await browser.newPage()
        const consoleErrors = []
        const requests = []
        page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()) })
        page.on('pageerror', e => consoleErrors.push(String(e)))
        await page.setRequestInterception(true)
        page.on('request', r => {
          if (r.url() === url) return r.continue()
          requests.push(r.url())
          r.abort()
        })
        await page.setViewport({ width, height: 900 })
        await page.goto(url, { waitUntil: 'load' })
        const dom = await page.evaluate((elements, attributes) => {
          const unexpected = []
          for (const el of document.querySelectorAll('*')) {
            const tag = el.tagName.toLowerCase()
            if (!elements.includes(tag)) unexpected.push('<' + tag + '>')
            for (const a of el.attributes) if (!attributes.includes(a.name)) unexpected.push(tag + '[' + a.name + ']')
          }
          return {
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            links: [...document.querySelectorAll('a')].map(a => a.getAttribute('href')),
            linkProtocols: [...document.querySelectorAll('a')].map(a => a.protocol),
            titles: [...document.querySelectorAll('h3')].map(h => h.textContent),
            unexpected,
          }
        }, [...ELEMENTS], [...ATTRIBUTES])
        const screenshot = path.join(outdir, path.basename(file, path.extname(file)) + '-' + width + '.png')
        await page.screenshot({ path: screenshot })
        await page.close()
        verdicts[file][width] = { ...dom, consoleErrors, requests, screenshot }
      }
    }
  } finally {
    await browser.close()
  }
  return verdicts
}

function validate (files) {
  const { HtmlValidate } = require('html-validate')
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } })
  const verdicts = {}
  for (const file of files) {
    const report = validator.validateFileSync(file)
    verdicts[file] = report.results.flatMap(r => r.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))
  }
  return verdicts
}

async function main () {
  const [command, ...rest] = process.argv.slice(2)
  if (command === 'render' && rest.length >= 2) {
    fs.mkdirSync(rest[0], { recursive: true })
    return render(rest[0], rest.slice(1))
  }
  if (command === 'validate' && rest.length >= 1) return validate(rest)
  process.stderr.write('usage: node judge.js render OUTDIR FILE... | validate FILE...\n')
  process.exit(2)
}

main().then(v => process.stdout.write(JSON.stringify(v)), e => {
  process.stderr.write(String(e.stack || e) + '\n')
  process.exit(1)
})
