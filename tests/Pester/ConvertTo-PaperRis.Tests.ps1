#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:feed = Join-Path $PSScriptRoot '../Fixtures/arxiv-feed/cs.LG.rss.xml'
}

Describe 'ConvertTo-PaperRis' {
    It 'writes one record string per paper, as each arrives' {
        $papers = @(Import-PaperDigest $feed)
        $records = @($papers | ConvertTo-PaperRis)
        $records.Count | Should -Be $papers.Count
        $records | ForEach-Object { $_ | Should -Match '^TY  - ' }
        $records | ForEach-Object { $_.TrimEnd() | Should -Match 'ER  -$' }
        $records[0] | Should -Match '(?m)^TI  - Threshold-Consistent Margin Loss for Open-World Deep Metric Learning\r?$'
    }

    It 'gives a RIS file when its output is saved' {
        $path = Join-Path $TestDrive 'saved.ris'
        Import-PaperDigest $feed | ConvertTo-PaperRis | Set-Content -LiteralPath $path -Encoding utf8
        @(Import-PaperDigest -LiteralPath $path).Count | Should -Be @(Import-PaperDigest $feed).Count
    }

    It 'writes the same work once, and leaves the papers unchanged' {
        $paper = Import-PaperDigest $feed | Select-Object -First 1
        $out = $paper, $paper | ConvertTo-PaperRis -Verbose 4>&1
        @($out | Where-Object { $_ -is [string] }).Count | Should -Be 1
        $said = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $said.Count | Should -Be 1
        $said[0].Message | Should -BeLike "Already written as '*': $($paper.Title)"
        $paper.CitationKey | Should -BeNullOrEmpty
    }

    It 'names what RIS has no tag for, and keeps it in a note' {
        $bib = Join-Path $PSScriptRoot '../Fixtures/bibtex/real/jabref-testjabref.bib'
        $records = @(Import-PaperBibTeX -LiteralPath $bib |
            ConvertTo-PaperRis -WarningVariable warnings -WarningAction SilentlyContinue)
        $records -join "`n" | Should -Match '(?m)^N1  - PMID: 9653189\r?$'
        # Four PMIDs, and the fields no mapping reads (Web of Science's, a pii, arXiv's reportnumber), by name.
        @($warnings).Count | Should -Be 9
        @($warnings | Where-Object { "$_" -like 'ExportItemValueInNote: *jabref-testjabref.bib:103: PMID, BibTeX:medline-pst of *' }).Count |
            Should -Be 1
        $records -join "`n" | Should -Match '(?m)^N1  - BibTeX:journal-iso: [^\r\n]+\r?$'
    }

    It 'names each biblatex @xdata entry, which is not a work, and writes the entries that use it' {
        $bib = Join-Path $PSScriptRoot '../Fixtures/bibtex/real/biber-xdata.bib'
        $papers = @(Import-PaperBibTeX -LiteralPath $bib -WarningAction SilentlyContinue)
        $records = @($papers | ConvertTo-PaperRis -WarningVariable warnings -WarningAction SilentlyContinue)
        $xdata = @($papers | Where-Object EntryType -eq 'xdata')
        $records.Count | Should -Be ($papers.Count - $xdata.Count)
        $records -join "`n" | Should -Match '(?m)^ID  - xd1\r?$'
        $records -join "`n" | Should -Not -Match '(?m)^ID  - macmillan'
        $named = @($warnings | Where-Object { "$_" -like 'ExportEntryNotAWork: *' })
        $named.Count | Should -Be $xdata.Count
        "$($named[0])" | Should -BeLike "ExportEntryNotAWork: *biber-xdata.bib:1: The biblatex @xdata entry 'macmillan:pub' *"
    }
}
