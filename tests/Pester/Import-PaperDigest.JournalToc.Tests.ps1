# Pester 5. Journal table-of-contents feeds (tests/Fixtures/journal-toc): their own shape, journal and citation
# read, the untidy ones as they come, the damaged ones named.
# Saved as UTF-8 with a BOM so that Windows PowerShell 5.1 reads the accented names as written.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:toc = Join-Path $PSScriptRoot '../Fixtures/journal-toc'
    $script:qualifier = ',PaperTools.Commands.ImportPaperDigestCommand'
}

Describe 'Import-PaperDigest on journal TOC feeds' {
    BeforeAll {
        $importErrors = $null
        $script:papers = @(Get-ChildItem -LiteralPath $toc -File -Exclude 'README.md' |
                Import-PaperDigest -ErrorVariable importErrors -ErrorAction SilentlyContinue)
        $script:problems = @($importErrors)
    }

    It 'reads every item as JournalToc' {
        $papers.Count | Should -Be 12
        $papers | ForEach-Object { $_.SourceFormat.ToString() } | Sort-Object -Unique | Should -Be 'JournalToc'
    }

    It 'gives a Nature item its journal, citation and cover date' {
        $paper = $papers | Where-Object Doi -eq '10.1038/s41586-026-10001-2'
        $paper.Venue | Should -Be 'Nature'
        $paper.JournalRef | Should -Be 'Nature 633(8031), 112-118 (2026)'
        $paper.Published | Should -Be ([datetime]'2026-05-14')
        $paper.Authors | Should -Be @('Maria Schmidt', 'Kenji Watanabe', 'Aoife Byrne')
    }

    It 'reads the real Atypon feed' {
        $paper = $papers | Where-Object Doi -eq '10.1016/j.jpeds.2018.08.009'
        $paper.Venue | Should -Be 'The Journal of Pediatrics'
        $paper.JournalRef | Should -Be 'The Journal of Pediatrics 203, 68-75.e2 (2018)'
        $paper.Authors.Count | Should -Be 13
        $paper.Year | Should -Be 2018
    }

    It 'takes titles escaped as HTML as text, and a month without inventing a day' {
        $paper = $papers | Where-Object { $_.Doi -eq '10.12345/jis.v12i3.101' -and $_.Source -like '*ojs_escaped_titles*' }
        $paper.Title | Should -Be 'Reading lists & reserves: what students open'
        $paper.Published | Should -BeNullOrEmpty
        $paper.Year | Should -Be 2025
    }

    It 'reads a feed served with blank lines before its XML declaration' {
        ($papers | Where-Object Doi -eq '10.1002/anie.202500001').Venue | Should -Be 'Angewandte Chemie International Edition'
    }

    It 'reads volume, issue and pages written only in the description' {
        $papers | Where-Object JournalRef -eq 'Journal of Hydrology 12(3), 45-67 (2024)' | Should -HaveCount 1
    }

    It 'names the damaged files and still reads the rest' -TestCases @(
        @{ File = 'truncated_crafted.rdf'; ErrorId = 'DigestTruncated' }
        @{ File = 'xxe_crafted.rdf'; ErrorId = 'DigestUnsafeXml' }
    ) {
        @($problems | Where-Object { $_.FullyQualifiedErrorId -eq "$ErrorId$qualifier" -and "$($_.TargetObject)" -like "*$File" }).Count | Should -Be 1
    }

    It 'names no other problem' {
        $problems.Count | Should -Be 2
    }

    It 'leaves an arXiv feed to the arXiv reader' {
        $feed = Join-Path $PSScriptRoot '../Fixtures/arxiv-feed/cs.LG.rss.xml'
        Import-PaperDigest -LiteralPath $feed | ForEach-Object { $_.SourceFormat.ToString() } | Sort-Object -Unique | Should -Be 'ArxivFeed'
    }

    It 'reads a TOC feed as JournalToc when -Format names it' {
        $paper = Import-PaperDigest -LiteralPath (Join-Path $toc 'journaltocs_crafted_2025-02.rdf') -Format JournalToc
        $paper.Venue | Should -Be 'Journal of Documentation'
    }
}
