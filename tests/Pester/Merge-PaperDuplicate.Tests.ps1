# Merge-PaperDuplicate: one paper per work, from papers or from Get-PaperDuplicate's groups; and the daily run.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:digestFiles = @(Get-ChildItem (Join-Path $PSScriptRoot '../Fixtures/text') -Filter '*.txt' | Sort-Object Name)
    $script:digests = @($script:digestFiles | Import-PaperDigest -WarningAction SilentlyContinue)
    $long = 'Scaling Laws for Neural Language Models Trained on Heterogeneous Multilingual Corpora'
    $script:four = @(
        [PaperTools.Paper]@{ Title = 'Scaling Laws for Neural Language Models Trained on Heterogeneous Multiling…'; Authors = @('J Kaplan'); Abstract = 'we study …'; AbstractIsSnippet = $true; Source = 'scholar.eml'; SourceLine = 12; SourceFormat = 'ScholarAlert' }
        [PaperTools.Paper]@{ Title = $long; ArxivId = '2501.04567'; Authors = @('Jared Kaplan', 'Sam McCandlish', 'Tom Henighan'); Source = 'arxiv.eml'; SourceLine = 40; SourceFormat = 'ArxivEmail' }
        [PaperTools.Paper]@{ Title = 'Graph kernels'; Source = 'today.txt'; SourceLine = 3 }
        [PaperTools.Paper]@{ Title = $long; ArxivId = '2501.04567'; Authors = @('Jared Kaplan'); Upvotes = 41; CodeUrl = 'https://github.com/example/scaling'; Source = 'hf.json'; SourceLine = 3; SourceFormat = 'HuggingFaceJson' }
    )
}

Describe 'Merge-PaperDuplicate' {
    It 'writes one paper per work in order of first appearance, the richest value of each property' {
        $merged = @($script:four | Merge-PaperDuplicate)
        $merged.Count | Should -Be 2
        $merged[0].Title | Should -Be 'Scaling Laws for Neural Language Models Trained on Heterogeneous Multilingual Corpora'
        $merged[0].Authors | Should -Be @('Jared Kaplan', 'Sam McCandlish', 'Tom Henighan')
        $merged[0].Upvotes | Should -Be 41
        $merged[0].CodeUrl | Should -Be 'https://github.com/example/scaling'
        $merged[0].AbstractIsSnippet | Should -BeTrue
        $merged[0].Source | Should -Be 'scholar.eml'
        $merged[0].SeenIn.Source | Should -Be @('scholar.eml', 'arxiv.eml', 'hf.json')
        $merged[1] | Should -Be $script:four[2]
        $script:four[0].SeenIn.Count | Should -Be 0
    }

    It 'merges the groups Get-PaperDuplicate writes, filtered or not' {
        $groups = @($script:digests | Get-PaperDuplicate)
        $merged = @($groups | Merge-PaperDuplicate)
        $merged.Count | Should -Be 26
        ($merged.SeenIn | Measure-Object).Count | Should -Be 54
        @($groups | Where-Object Count -eq 3 | Merge-PaperDuplicate).Count | Should -Be 2
        @($script:digests | Merge-PaperDuplicate).Count | Should -Be ($script:digests.Count - 28)
    }
}

Describe 'The daily run' {
    It 'appends the digests once, and a second run leaves the library byte for byte as it was' {
        $library = Join-Path $TestDrive 'library.bib'
        $script:digestFiles | Import-PaperDigest -WarningAction SilentlyContinue | Export-PaperBibTeX -Path $library -Append -WarningAction SilentlyContinue
        $first = [IO.File]::ReadAllBytes($library)
        @(Import-PaperBibTeX $library).Count | Should -Be 551
        $script:digestFiles | Import-PaperDigest -WarningAction SilentlyContinue | Export-PaperBibTeX -Path $library -Append -WarningAction SilentlyContinue
        [IO.File]::ReadAllBytes($library) | Should -Be $first
    }

    It 'is the README recipe: merge, keep only what the library lacks, append' {
        $library = Join-Path $TestDrive 'recipe.bib'
        New-Item $library -ItemType File | Out-Null
        foreach ($day in 1, 2) {
            $before = [IO.File]::ReadAllBytes($library)
            $new = @($script:digestFiles | Import-PaperDigest -WarningAction SilentlyContinue | Merge-PaperDuplicate | Find-Paper -NotIn $library)
            $new | Export-PaperBibTeX -Path $library -Append -WarningAction SilentlyContinue
            if ($day -eq 1) { $new.Count | Should -Be 551 }
            else {
                $new.Count | Should -Be 0
                [IO.File]::ReadAllBytes($library) | Should -Be $before
            }
        }
    }
}
