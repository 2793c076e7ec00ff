# The default views, as a terminal 80 and 200 columns wide shows them (Out-String -Width).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:text = @(Import-PaperDigest (Join-Path $fixtures 'text/000_8244a140825fe06b.txt') -WarningAction SilentlyContinue)
    $script:feed = @(Import-PaperDigest (Join-Path $fixtures 'arxiv-feed/cs.LG.rss.xml'))
    $script:long = $script:text | Sort-Object { $_.Title.Length } -Descending | Select-Object -First 1

    function Lines([object[]] $InputObject, [int] $Width) {
        @(($InputObject | Out-String -Width $Width) -split '\r?\n' | Where-Object { $_.Trim() })
    }
}

Describe 'The Paper table' {
    It 'fits 80 columns with every column and a whole header' {
        $lines = Lines $script:feed 80
        $lines[0] | Should -Match '^Year FirstAuthor\s+Source\s+Title$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        $lines[2] | Should -Match '^2024 \S'
        $lines[2] | Should -Match 'cs\.LG\.rss\.xml:\d+'
    }

    It 'keeps the line number of a long file name and shortens the title at 80' {
        $lines = Lines $script:long 80
        $lines[2] | Should -Match '…e06b\.txt:\d+ '
        $lines[2] | Should -Match '…$'
    }

    It 'gives a 200-column window to the title' {
        $lines = Lines $script:long 200
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 200 }
        $lines[2] | Should -Match ([regex]::Escape($script:long.Title) + '$')
    }
}

Describe 'Ranked results' {
    BeforeAll { $script:ranked = @($script:feed | Find-Paper 'margin OR loss') }

    It 'lead with Score and Matches at 80 and at 200 columns' {
        foreach ($width in 80, 200) {
            $lines = Lines $script:ranked $width
            $lines[0] | Should -Match '^ Score Matches\s+Year Title$'
            $lines[2] | Should -Match '^\s*\d+\.\d\d title: '
            $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual $width }
        }
    }

    It 'are typed PaperTools.SearchResult ahead of PaperTools.Paper' {
        $script:ranked[0].PSObject.TypeNames[0] | Should -Be 'PaperTools.SearchResult'
        $script:ranked[0] | Should -BeOfType ([PaperTools.Paper])
    }

    It 'show Score and Matches in the list view too' {
        $list = $script:ranked[0] | Format-List | Out-String -Width 120
        $list | Should -Match '(?m)^Score\s+: \d+\.\d{3}'
        $list | Should -Match '(?m)^Matches\s+: title: '
    }
}

Describe 'The list view' {
    It 'shows what a plain-text paper has and nothing it lacks' {
        $list = $script:text[0] | Format-List | Out-String -Width 120
        $list | Should -Match '(?m)^Title\s+: Learning Theory'
        $list | Should -Match '(?m)^Source\s+: .*000_8244a140825fe06b\.txt:2$'
        $list | Should -Match '(?m)^Id\s+: title:'
        foreach ($unset in 'Authors', 'Year', 'Doi', 'ArxivId', 'Categories', 'Score', 'CitationKey', 'IsPaper') {
            $list | Should -Not -Match "(?m)^$unset\s+:"
        }
    }

    It 'shows a feed paper''s authors, categories and versioned id' {
        $list = $script:feed[0] | Format-List | Out-String -Width 200
        $list | Should -Match '(?m)^Authors\s+: \S+.*; '
        $list | Should -Match '(?m)^Categories\s+: cs\.LG'
        $list | Should -Match '(?m)^ArxivId\s+: \d{4}\.\d{5}v\d'
    }

    It 'stays complete with Format-List *' {
        $all = $script:text[0] | Format-List * | Out-String -Width 200
        foreach ($property in [PaperTools.Paper].GetProperties().Name) {
            $all | Should -Match "(?m)^$property\s+:"
        }
    }
}
