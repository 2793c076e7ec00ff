BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:root = Join-Path $PSScriptRoot '../..'
    $script:commandId = 'PaperTools.Commands.ImportPaperDigestCommand'
}

Describe 'Import-PaperDigest on files that are no digests' {
    It 'gives no papers from <File> and says it looks like <Kind>' -ForEach @(
        @{ File = 'README.md'; Kind = 'Markdown' }
        @{ File = 'build.ps1'; Kind = 'source code' }
        @{ File = 'tests/Fixtures/bibtex/foreign.bib'; Kind = 'a BibTeX file' }
        @{ File = 'tests/Fixtures/not-digests/papers.csv'; Kind = 'CSV' }
        @{ File = 'tests/Fixtures/not-digests/reading-list.md'; Kind = 'Markdown' }
        @{ File = 'tests/Fixtures/not-digests/notes.py'; Kind = 'source code' }
    ) {
        $papers = @(Import-PaperDigest -LiteralPath (Join-Path $root $File) -ErrorVariable errors -ErrorAction SilentlyContinue)
        $papers.Count | Should -Be 0
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "DigestFormatUnknown,$commandId"
        $errors[0].Exception.Message | Should -Match ([regex]::Escape("looks like $Kind"))
    }

    It 'keeps a stray file out of a scheduled append' {
        $digests = Join-Path $TestDrive 'digests'
        New-Item -ItemType Directory -Path $digests | Out-Null
        Copy-Item (Join-Path $root 'tests/Fixtures/text/001_f6c52202b2fcb344.txt') $digests
        Copy-Item (Join-Path $root 'README.md'), (Join-Path $root 'build.ps1'), (Join-Path $root 'tests/Fixtures/bibtex/foreign.bib') $digests
        $library = Join-Path $TestDrive 'library.bib'

        Get-ChildItem -LiteralPath $digests -File | Import-PaperDigest -ErrorAction SilentlyContinue | Export-PaperBibTeX -LiteralPath $library -Append

        $expected = @(Import-PaperDigest -LiteralPath (Join-Path $digests '001_f6c52202b2fcb344.txt')).Count
        @(Import-PaperBibTeX -LiteralPath $library).Count | Should -Be $expected
    }
}
