// Outside judge for PaperTools' exports: citation-js reads a RIS or CSL-JSON file the way Zotero-compatible tools
// do, and citeproc-js (through @citation-js/plugin-csl) formats a bibliography from it.
// Usage: node judge.js ris|csl FILE  ->  JSON on stdout: { items: [...CSL items...], bibliography: N, warnings: [...] }
'use strict'
const fs = require('fs')
const warnings = []
const logger = { warn: (...a) => warnings.push(a.join(' ')), error: (...a) => warnings.push(a.join(' ')) }
const { Cite } = require('@citation-js/core')
require('@citation-js/plugin-ris')
require('@citation-js/plugin-csl')

for (const method of ['warn', 'error']) {
  const original = console[method]
  console[method] = (...args) => { logger[method](...args); if (process.env.JUDGE_VERBOSE) original(...args) }
}

const [kind, file] = process.argv.slice(2)
if (!['ris', 'csl'].includes(kind) || !file) {
  process.stderr.write('usage: node judge.js ris|csl FILE\n')
  process.exit(2)
}
const text = fs.readFileSync(file, 'utf8')
let cite
try {
  cite = kind === 'ris' ? new Cite(text, { forceType: '@ris/file' }) : new Cite(JSON.parse(text), { forceType: '@csl/list+object' })
} catch (e) {
  process.stderr.write(`citation-js could not read ${file}: ${e.stack || e}\n`)
  process.exit(1)
}
const items = cite.data.map(({ _graph, ...item }) => item)
const bibliography = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })
  .split('\n').filter(line => line.trim().length > 0).length
process.stdout.write(JSON.stringify({ items, bibliography, warnings }))
