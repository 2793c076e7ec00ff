# Pester 5. Hostile digests in a real PowerShell: nothing crashes pwsh, refusals are named errors or warnings,
# and the other files still come through. Saved as UTF-8 with a BOM.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:qualifier = ',PaperTools.Commands.ImportPaperDigestCommand'
}

Describe 'Import-PaperDigest on hostile digests' {
    It 'refuses 60,000 unclosed div tags with DigestTooDeep instead of overflowing the stack, and reads the next file' {
        $page = Get-Content -LiteralPath (Join-Path $fixtures 'scholar/alert_2024-03-05.html') -Raw
        Set-Content -LiteralPath TestDrive:/deep.html -Value ($page.Replace('<body>', '<body>' + ('<div>' * 60000))) -NoNewline
        Copy-Item -LiteralPath (Join-Path $fixtures 'scholar/alert_2024-03-05.html') -Destination TestDrive:/good.html

        $errs = $null
        $papers = @(Import-PaperDigest -LiteralPath TestDrive:/deep.html, TestDrive:/good.html -ErrorVariable errs -ErrorAction SilentlyContinue)

        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be ('DigestTooDeep' + $qualifier)
        $papers.Count | Should -Be 22
        $papers[0].Title | Should -Be 'Physics-Informed Diffusion Models'
    }

    It 'drops a javascript: target with a DigestUnsafeUrl warning and keeps the paper' {
        $page = Get-Content -LiteralPath (Join-Path $fixtures 'scholar/alert_2024-03-05.html') -Raw
        $hostile = $page.Replace('url=https://arxiv.org/abs/2402.12000&amp;', 'url=javascript%3Aalert(1)&amp;').Replace('arXiv preprint arXiv:2402.12000', 'Journal of Things')
        Set-Content -LiteralPath TestDrive:/js.html -Value $hostile -NoNewline

        $warns = $null
        $papers = @(Import-PaperDigest -LiteralPath TestDrive:/js.html -WarningVariable warns -WarningAction SilentlyContinue -ErrorAction Stop)

        $paper = $papers | Where-Object Title -eq 'Physics-Informed Diffusion Models'
        $paper | Should -Not -BeNullOrEmpty
        $paper.Url | Should -BeNullOrEmpty
        $unsafe = @($warns | Where-Object { $_.Message -like 'DigestUnsafeUrl:*' })
        $unsafe.Count | Should -Be 1
        $unsafe[0].Message | Should -BeLike "*:4: Url 'javascript:alert(1)' is not an http or https address; it was left out of 'Physics-Informed Diffusion Models'."
    }

    It 'reads every paper of a JSON file whose first item escapes half a surrogate pair' {
        $json = Get-Content -LiteralPath (Join-Path $fixtures 'huggingface-json/daily_papers_2025-08-20.json') -Raw
        $at = $json.IndexOf('"title": "') + '"title": "'.Length
        Set-Content -LiteralPath TestDrive:/half.json -Value $json.Insert($at, '\ud800 ') -NoNewline

        $warns = $null
        $papers = @(Import-PaperDigest -LiteralPath TestDrive:/half.json -WarningVariable warns -WarningAction SilentlyContinue -ErrorAction Stop)

        $papers.Count | Should -Be 24
        @($warns | Where-Object { $_.Message -like 'DigestInvalidCharacter:*' }).Count | Should -Be 1
    }

    It 'reads every paper of a listing whose title has a backslash before an emoji' {
        $email = Get-Content -LiteralPath (Join-Path $fixtures 'arxiv-email/cs_listing_2024-02-29.txt') -Raw
        Set-Content -LiteralPath TestDrive:/emoji.txt -Value ($email.Replace('Title: AlignIT', 'Title: Deep \😀 learning AlignIT')) -NoNewline -Encoding utf8

        $papers = @(Import-PaperDigest -LiteralPath TestDrive:/emoji.txt -ErrorAction Stop)

        $papers.Count | Should -Be 23
        $papers[0].Title | Should -BeLike 'Deep 😀 learning AlignIT*'
    }
}

Describe 'ConvertTo-PaperBibTeX with raw values that fail their grammar' {
    It 'leaves out a category spelling \input and an unsafe url, with named warnings, and writes the rest' {
        $paper = [PaperTools.Paper]@{ Title = 'A Title'; ArxivId = '2402.18001'; Categories = @('^^5cinput^^7b/etc/passwd^^7d'); Url = 'file:///etc/passwd'; Year = 2024 }

        $warns = $null
        $entry = $paper | ConvertTo-PaperBibTeX -WarningVariable warns -WarningAction SilentlyContinue -ErrorAction Stop

        $entry | Should -Not -Match '\^\^'
        $entry | Should -Not -Match 'primaryClass'
        $entry | Should -Match 'url\s+= \{https://arxiv.org/abs/2402.18001\}'
        @($warns.Message | Where-Object { $_ -like 'BibTeXArxivCategoryInvalid:*' }).Count | Should -Be 1
        @($warns.Message | Where-Object { $_ -like 'BibTeXUrlRefused:*' }).Count | Should -Be 1
    }
}
