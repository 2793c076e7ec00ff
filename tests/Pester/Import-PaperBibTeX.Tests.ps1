#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:foreign = Join-Path $PSScriptRoot '../Fixtures/bibtex/foreign.bib'
    $script:digest = Join-Path $PSScriptRoot '../Fixtures/text/001_f6c52202b2fcb344.txt'
    $script:commandId = 'PaperTools.Commands.ImportPaperBibTeXCommand'
}

Describe 'Import-PaperBibTeX' {
    It 'reads every good entry and names the broken one with its file and line' {
        $papers = Import-PaperBibTeX -LiteralPath $foreign -ErrorVariable errors -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue

        $papers.CitationKey | Should -Be @('Lojasiewicz1963', 'goedel1931', 'vaswani2017attention', 'simecek2024', 'undefinedmacro')
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "BibTeXEntryInvalid,$commandId"
        $errors[0].CategoryInfo.Category | Should -Be 'ParserError'
        $errors[0].TargetObject | Should -BeLike '*foreign.bib'
        $errors[0].Exception.Message | Should -Match 'foreign\.bib:39: .*broken2020'
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'nosuchmacro'
    }

    It 'reads a library kept in a legacy code page with -Encoding, and writes it back as UTF-8' {
        # python-bibtexparser's GBK test file: not UTF-8, so read as Windows-1252 unless its code page is named.
        $gbk = Join-Path $PSScriptRoot '../Fixtures/bibtex/real/python-bibtexparser-gbk_test.bib'
        (Import-PaperBibTeX -LiteralPath $gbk).Venue | Should -Be '²âÊÔÆÚ¿¯'
        $paper = Import-PaperBibTeX -LiteralPath $gbk -Encoding gbk
        $paper.Venue | Should -Be '测试期刊'
        $paper.Authors | Should -Be @('凯撒')
        $paper.CitationKey | Should -Be '凯撒2013'
        $out = Join-Path (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'legacy')) 'lab.bib'
        $paper | Export-PaperBibTeX -LiteralPath $out
        $written = [IO.File]::ReadAllText($out, [Text.UTF8Encoding]::new($false, $true))
        $written | Should -BeLike "@ARTICLE{凯撒2013,*author = {凯撒},*journal = {测试期刊}*"
        $written.Trim() | Should -Be ([Text.Encoding]::GetEncoding(936).GetString([IO.File]::ReadAllBytes($gbk)).Trim())
    }

    It 'names the entries inside an @comment, which bibtex reads, in one warning, and returns the same papers' {
        $bib = Join-Path $PSScriptRoot '../Fixtures/bibtex/real/bibtex-tidy-example1.bib'
        $papers = Import-PaperBibTeX -LiteralPath $bib -WarningVariable warnings -WarningAction SilentlyContinue

        $papers.CitationKey | Should -Be @('Smith2009', 'IP:1990', 'py03', 'sweig42', 'sweig42a')
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike 'BibTeXCommentedEntry: *bibtex-tidy-example1.bib:27: 2 entries are commented out*'
        "$($warnings[0])" | Should -Match '@Book\{steward03\} \(line 27\), @Article\{py03a\} \(line 33\)\. bibtex and Zotero read them'
    }

    It 'decodes LaTeX into Unicode fields' {
        $papers = Import-PaperBibTeX -LiteralPath $foreign -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $goedel = $papers | Where-Object CitationKey -EQ 'goedel1931'
        $goedel.Title | Should -Be 'Über formal unentscheidbare Sätze der Principia Mathematica'
        $goedel.Authors | Should -Be @('Gödel, Kurt', 'von Neumann, John')
        $goedel.Year | Should -Be 1931
        $goedel.SourceFormat | Should -Be 'BibTeX'

        $vaswani = $papers | Where-Object CitationKey -EQ 'vaswani2017attention'
        $vaswani.ArxivId | Should -Be '1706.03762'
        $vaswani.Categories | Should -Be @('cs.CL')
        $vaswani.Authors[6] | Should -Be 'Kaiser, Łukasz'
    }

    It 'takes files from Get-ChildItem through the pipeline' {
        Copy-Item -LiteralPath $foreign -Destination (Join-Path $TestDrive 'a.bib')
        Copy-Item -LiteralPath $foreign -Destination (Join-Path $TestDrive 'b.bib')
        $papers = Get-ChildItem -LiteralPath $TestDrive -Filter '*.bib' | Import-PaperBibTeX -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        @($papers).Count | Should -Be 10
    }

    It 'expands wildcards in -Path' {
        New-Item -ItemType Directory -Path (Join-Path $TestDrive 'wild') | Out-Null
        Copy-Item -LiteralPath $foreign -Destination (Join-Path $TestDrive 'wild/one.bib')
        @(Import-PaperBibTeX -Path (Join-Path $TestDrive 'wild/*.bib') -ErrorAction SilentlyContinue -WarningAction SilentlyContinue).Count | Should -Be 5
    }

    It 'names a missing file' {
        Import-PaperBibTeX -LiteralPath (Join-Path $TestDrive 'missing.bib') -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be "BibTeXFileNotFound,$commandId"
        Import-PaperBibTeX -Path (Join-Path $TestDrive 'missing*.bib') -ErrorVariable errors -ErrorAction SilentlyContinue
        $errors[0].FullyQualifiedErrorId | Should -Be "PathNotFound,$commandId"
    }

    It 'reads back what Export-PaperBibTeX wrote' {
        $original = @(Import-PaperDigest $digest)
        $bib = Join-Path $TestDrive 'roundtrip.bib'
        $original | Export-PaperBibTeX -Path $bib

        $read = @(Import-PaperBibTeX -LiteralPath $bib)

        $read.Count | Should -Be $original.Count
        $read[0].Title | Should -Be $original[0].Title
        $read[0].CitationKey | Should -Be 'onePerturbationEnough'
        $read[0].Authors.Count | Should -Be 0
        $read[0].Year | Should -BeNullOrEmpty
        $read[0].Id | Should -Be $original[0].Id
    }
}
