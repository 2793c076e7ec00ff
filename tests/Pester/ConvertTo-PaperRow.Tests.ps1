# ConvertTo-PaperRow: papers flattened for Export-Csv.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:papers = @(Import-PaperDigest (Join-Path $PSScriptRoot '../Fixtures/arxiv-feed/cs.LG.rss.xml'))
}

Describe 'ConvertTo-PaperRow' {
    It 'gives Export-Csv one readable cell per list' {
        $csv = Join-Path $TestDrive 'papers.csv'
        $script:papers | ConvertTo-PaperRow | Export-Csv -LiteralPath $csv -NoTypeInformation
        Get-Content -LiteralPath $csv -Raw | Should -Not -Match 'System\.String\[\]'
        $rows = @(Import-Csv -LiteralPath $csv)
        $rows.Count | Should -Be $script:papers.Count
        $rows[0].Authors | Should -Be ($script:papers[0].Authors -join '; ')
        $rows[0].Categories | Should -Be ($script:papers[0].Categories -join '; ')
        $rows[0].Title | Should -Be $script:papers[0].Title
        $rows[0].ArxivId | Should -Be $script:papers[0].ArxivId
        ($rows[0].Authors -split '; ') | Should -Be $script:papers[0].Authors
    }

    It 'keeps every property of the paper, in order' {
        $row = $script:papers[0] | ConvertTo-PaperRow
        $row.PSObject.TypeNames[0] | Should -Be 'PaperTools.PaperRow'
        $row.PSObject.Properties.Name | Should -Be ([PaperTools.Paper].GetProperties().Name)
        $script:papers[0].Authors | Should -BeOfType [string]
    }

    It 'keeps the Score and Matches of ranked results' {
        $rows = @($script:papers | Find-Paper 'margin' | ConvertTo-PaperRow | ConvertTo-Csv | ConvertFrom-Csv)
        # The five papers of the feed that say 'margin', in title or abstract.
        $rows.Count | Should -Be 5
        $rows.Title | Should -Contain 'Threshold-Consistent Margin Loss for Open-World Deep Metric Learning'
        [double]$rows[0].Score | Should -BeGreaterThan 0
        $rows[0].Matches | Should -Match 'margin'
    }

    It 'joins with -Separator' {
        ($script:papers[0] | ConvertTo-PaperRow -Separator ' | ').Authors | Should -Be ($script:papers[0].Authors -join ' | ')
    }

    It 'names an input that is not a paper and converts the rest' {
        $rows = @(@('not a paper', $script:papers[0]) | ConvertTo-PaperRow -ErrorVariable problems -ErrorAction SilentlyContinue)
        $rows.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be 'RowInputNotPaper,PaperTools.Commands.ConvertToPaperRowCommand'
    }
}
