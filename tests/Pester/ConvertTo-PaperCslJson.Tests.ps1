#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:feed = Join-Path $PSScriptRoot '../Fixtures/arxiv-feed/cs.LG.rss.xml'
}

Describe 'ConvertTo-PaperCslJson' {
    It 'writes one CSL-JSON list for the whole input' {
        $papers = @(Import-PaperDigest $feed)
        $out = @($papers | ConvertTo-PaperCslJson)
        $out.Count | Should -Be 1
        $items = $out[0] | ConvertFrom-Json
        @($items).Count | Should -Be $papers.Count
        $items[0].id | Should -Be 'kaiser2024threshold'
        $items[0].type | Should -Be 'article'
        $items[0].publisher | Should -Be 'arXiv'
        $items[0].number | Should -Be 'arXiv:2403.01001'
    }

    It 'writes one item per paper with -AsItem' {
        $papers = @(Import-PaperDigest $feed)
        $out = @($papers | ConvertTo-PaperCslJson -AsItem)
        $out.Count | Should -Be $papers.Count
        ($out[0] | ConvertFrom-Json).title | Should -Be $papers[0].Title
    }

    It 'writes the same work once, and says under which id it was written' {
        $papers = @(Import-PaperDigest $feed | Select-Object -First 2)
        $out = $papers + $papers | ConvertTo-PaperCslJson -Verbose 4>&1
        $said = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        @(($out | Where-Object { $_ -is [string] }) | ConvertFrom-Json).Count | Should -Be 2
        $said.Count | Should -Be 2
        $said[0].Message | Should -BeLike "Already written as 'kaiser2024threshold': *"
    }

    It 'names what CSL-JSON has no variable for, and keeps it in the note' {
        $ris = Join-Path $PSScriptRoot '../Fixtures/ris/real/zotero-translators-RIS-case07.ris'
        $items = Import-PaperDigest -LiteralPath $ris -WarningAction SilentlyContinue |
            ConvertTo-PaperCslJson -WarningVariable warnings -WarningAction SilentlyContinue | ConvertFrom-Json
        $items[0].note | Should -Be 'RIS:H1: UB Leipzig; RIS:H2: PL 415 D419; RIS:TS: BibTeX'
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike 'ExportItemValueInNote: *case07.ris:1: RIS:H1, RIS:H2, RIS:TS of *'
    }

    It 'writes what an entry inherits from a crossref parent that follows it, as a .bib puts it' {
        # JabRef's DBLP pair: the paper comes first, its proceedings (editors, publisher, ISBN) after it.
        $bib = Join-Path $PSScriptRoot '../Fixtures/bibtex/real/jabref-crossref.bib'
        $key = 'DBLP:conf/wicsa/ZimmermannWKG15'
        $items = Import-PaperBibTeX -LiteralPath $bib | ConvertTo-PaperCslJson | ConvertFrom-Json
        $paper = $items | Where-Object id -eq $key
        $paper.publisher | Should -Be 'IEEE Computer Society'
        $paper.ISBN | Should -Be '978-1-4799-1922-2'
        @($paper.editor.family) | Should -Be @('Bass', 'Lago', 'Kruchten')
        # One item at a time, the parent is not there yet when the paper is written.
        $alone = Import-PaperBibTeX -LiteralPath $bib | ConvertTo-PaperCslJson -AsItem | ConvertFrom-Json |
            Where-Object id -eq $key
        $alone.publisher | Should -BeNullOrEmpty
    }

    It 'writes an empty list for no papers' {
        @() | ConvertTo-PaperCslJson | Should -Be '[]'
    }
}
