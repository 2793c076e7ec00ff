#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:commandId = 'PaperTools.Commands.ExportPaperCslJsonCommand'
}

Describe 'Export-PaperCslJson' {
    BeforeEach {
        $script:papers = @(Import-PaperDigest (Join-Path $fixtures 'arxiv-oai/listrecords_arXiv_hep-ex_2017-12-14.xml'), (Join-Path $fixtures 'pubmed/efetch_pubmed1.xml'))
        $script:json = Join-Path $TestDrive ('library-{0}.json' -f [guid]::NewGuid().ToString('N'))
    }

    It 'writes a CSL-JSON list that ConvertFrom-Json and Import-PaperDigest read back' {
        $papers | Export-PaperCslJson -Path $json
        $items = Get-Content -LiteralPath $json -Raw | ConvertFrom-Json
        @($items).Count | Should -Be $papers.Count
        # An arXiv preprint is CSL's "article"; a paper with a journal is "article-journal".
        $items[0].type | Should -Be 'article'
        $items[0].number | Should -Be 'arXiv:1706.05371'
        $items[-1].type | Should -Be 'article-journal'
        $items[-1].'container-title' | Should -Be 'Biochimica et biophysica acta'
        $items[0].author[0].family | Should -Be 'Anderson'
        $items[0].author[0].given | Should -Be 'Tyler'
        $items[0].issued.'date-parts'[0] | Should -Be @(2017, 6, 16)
        $back = @(Import-PaperDigest -LiteralPath $json)
        $back.Count | Should -Be $papers.Count
        $back[0].SourceFormat.ToString() | Should -Be 'CslJson'
        $back | ForEach-Object Title | Should -Be ($papers | ForEach-Object Title)
    }

    It 'appends inside the list, keeps the bytes up to its last item, and adds nothing the second time' {
        $papers | Select-Object -First 2 | Export-PaperCslJson -Path $json
        $before = Get-Content -LiteralPath $json -Raw
        $kept = $before.Substring(0, $before.TrimEnd().LastIndexOf('}') + 1)

        $papers | Export-PaperCslJson -Path $json -Append
        $after = Get-Content -LiteralPath $json -Raw
        $after.StartsWith($kept) | Should -BeTrue
        @($after | ConvertFrom-Json).Count | Should -Be $papers.Count

        $hash = (Get-FileHash -LiteralPath $json).Hash
        $papers | Export-PaperCslJson -Path $json -Append
        (Get-FileHash -LiteralPath $json).Hash | Should -Be $hash
    }

    It 'refuses to append to a file that is not a CSL-JSON list, and leaves it alone' {
        Set-Content -LiteralPath $json -Value '{"id": "one", "type": "article", "title": "One item alone"}'
        $hash = (Get-FileHash -LiteralPath $json).Hash
        { $papers | Export-PaperCslJson -Path $json -Append -ErrorAction Stop } | Should -Throw -ErrorId "ExportFileUnreadable,$commandId"
        (Get-FileHash -LiteralPath $json).Hash | Should -Be $hash
    }

    It 'supports -WhatIf, -NoClobber and -PassThru like Export-PaperBibTeX' {
        $papers | Export-PaperCslJson -Path $json -WhatIf
        Test-Path -LiteralPath $json | Should -BeFalse
        $written = @($papers | Export-PaperCslJson -Path $json -PassThru)
        $written.Count | Should -Be $papers.Count
        $written[0].CitationKey | Should -Be 'anderson2017evaluation'
        { $papers | Export-PaperCslJson -Path $json -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId "ExportFileExists,$commandId"
    }

    It 'keeps the key a paper read from a CSL-JSON file already has' {
        $zotero = Join-Path $fixtures 'csl-json/zotero_bbt_pandoc_citation.csl.json'
        $written = @(Import-PaperDigest -LiteralPath $zotero | Export-PaperCslJson -Path $json -PassThru)
        $written | ForEach-Object CitationKey | Should -Be @('Adams2001', 'Berndt1994', 'Dunning2016', 'Wordsworth1883')
    }

    It 'leaves out a biblatex @set, naming it, and writes its members' {
        $bib = Join-Path $fixtures 'bibtex/real/biber-examples.bib'
        Import-PaperBibTeX -LiteralPath $bib -WarningAction SilentlyContinue |
            Export-PaperCslJson -Path $json -WarningVariable warnings -WarningAction SilentlyContinue
        $ids = @(Get-Content -LiteralPath $json -Raw | ConvertFrom-Json | ForEach-Object id)
        $ids | Should -Not -Contain 'set'
        $ids | Should -Contain 'set:herrmann'
        $named = @($warnings | Where-Object { "$_" -like 'ExportEntryNotAWork: *' })
        $named.Count | Should -Be 3
        "$($named[0])" | Should -BeLike "ExportEntryNotAWork: *biber-examples.bib:25: The biblatex @set entry 'set' *"
    }
}
