# Get-PaperDuplicate on the five shared digests and on crafted records of one preprint from four sources.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:digests = @(Get-ChildItem (Join-Path $PSScriptRoot '../Fixtures/text') -Filter '*.txt' | Sort-Object Name | Import-PaperDigest -WarningAction SilentlyContinue)
    $long = 'Scaling Laws for Neural Language Models Trained on Heterogeneous Multilingual Corpora'
    $script:four = @(
        [PaperTools.Paper]@{ Title = $long; ArxivId = '2501.04567'; Authors = @('Jared Kaplan', 'Sam McCandlish'); Source = 'arxiv.eml'; SourceLine = 40; SourceFormat = 'ArxivEmail' }
        [PaperTools.Paper]@{ Title = $long; ArxivId = '2501.04567'; ArxivVersion = 2; Upvotes = 41; Source = 'hf.json'; SourceLine = 3; SourceFormat = 'HuggingFaceJson' }
        [PaperTools.Paper]@{ Title = 'Scaling Laws for Neural Language Models Trained on Heterogeneous Multiling…'; Authors = @('J Kaplan'); Source = 'scholar.eml'; SourceLine = 12; SourceFormat = 'ScholarAlert' }
        [PaperTools.Paper]@{ Title = 'Scaling laws for neural language models trained on heterogeneous multilingual corpora'; Source = 'today.txt'; SourceLine = 7 }
        [PaperTools.Paper]@{ Title = 'Reconciling Semiclassical and Bohmian Mechanics: Part I'; Source = 'today.txt'; SourceLine = 9 }
        [PaperTools.Paper]@{ Title = 'Reconciling Semiclassical and Bohmian Mechanics: Part II'; Source = 'today.txt'; SourceLine = 11 }
    )
}

Describe 'Get-PaperDuplicate' {
    It 'is exported and declares its group type' {
        $command = Get-Command Get-PaperDuplicate -Module PaperTools
        $command.OutputType.Type | Should -Contain ([PaperTools.PaperDuplicateGroup])
    }

    It 'finds the 26 works the shared digests repeat across files, 54 entries, and nothing more' {
        $groups = @($script:digests | Get-PaperDuplicate)
        $groups.Count | Should -Be 26
        ($groups | Measure-Object Count -Sum).Sum | Should -Be 54
        @($groups | Where-Object Count -eq 3).Title | Should -Be @('Probabilistic Programming with Programmable Variational Inference', 'Rethinking Positive Pairs in Contrastive Learning')
        foreach ($group in $groups) {
            @($group.Papers.Source | Sort-Object -Unique).Count | Should -Be $group.Count
            $group.Reason | Should -Be 'Title'
        }
        $groups[0].Number | Should -Be 1
        $groups[0].Title | Should -Be 'Perturbation Analysis of Neural Collapse'
        $groups[0].Members.Provenance.SourceLine | Should -Be @(29, 101)
    }

    It 'explains each group: the papers, where each came from, the reason and the confidence' {
        $group = @($script:four | Get-PaperDuplicate)
        $group.Count | Should -Be 1
        $group[0].Members.Reason | Should -Be @('None', 'ArxivId', 'TruncatedTitle', 'Title')
        $group[0].Members.Position | Should -Be @(1, 2, 3, 4)
        $group[0].Reason | Should -Be 'TruncatedTitle'
        $group[0].Confidence | Should -BeLessThan 0.8
        $group[0].SeenIn | Should -Match 'scholar\.eml:12 \(ScholarAlert\)'
    }

    It 'fits the group table and the member table in 80 columns' {
        $group = @($script:four | Get-PaperDuplicate)
        $lines = @(($group | Out-String -Width 80) -split '\r?\n' | Where-Object { $_.Trim() })
        $lines[0] | Should -Match '^Group Count Reason\s+Conf Title$'
        $lines[2] | Should -Match '^\s+1\s+4 TruncatedTitle 0\.7\d Scaling Laws'
        $members = @(($group.Members | Out-String -Width 80) -split '\r?\n' | Where-Object { $_.Trim() })
        $members[0] | Should -Match '^Source\s+Reason\s+Conf Title$'
        $members[4] | Should -Match '^scholar\.eml:12\s+TruncatedTitle'
        foreach ($line in $lines + $members) { $line.Length | Should -BeLessOrEqual 80 }
        $list = $group | Format-List | Out-String -Width 80
        $list | Should -Match '#3 scholar\.eml:12 \(ScholarAlert\) TruncatedTitle 0\.\d\d with #1'
    }

    It 'keeps near misses apart and writes nothing for papers seen once' {
        @($script:four[4, 5] | Get-PaperDuplicate).Count | Should -Be 0
        @(@() | Get-PaperDuplicate).Count | Should -Be 0
        @($null, $script:four[0], $null | Get-PaperDuplicate).Count | Should -Be 0
    }
}
