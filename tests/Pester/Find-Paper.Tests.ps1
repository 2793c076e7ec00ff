BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:digest002 = Join-Path $PSScriptRoot '../Fixtures/text/002_f6623f7eba3864c5.txt'
    $script:digest001 = Join-Path $PSScriptRoot '../Fixtures/text/001_f6c52202b2fcb344.txt'
    $script:papers = @(Import-PaperDigest $script:digest002)

    # Hand-made papers for the filters that plain-text digests cannot exercise (authors, categories, ids, dates).
    $script:made = @(
        [PaperTools.Paper]@{ Title = 'Kernel Bilevel Optimization'; Abstract = 'Bilevel learning theory.'; Authors = @('Fares El Khoury', 'Edouard Pauwels'); Categories = @('cs.LG', 'stat.ML'); ArxivId = '2502.08457'; Published = [datetime]'2025-08-05' }
        [PaperTools.Paper]@{ Title = 'Penalty Methods for Bilevel Problems'; Abstract = 'First-order methods.'; Authors = @('Jeongyeol Kwon'); Categories = @('math.OC'); Published = [datetime]'2025-08-12' }
        [PaperTools.Paper]@{ Title = 'Old bilevel survey'; Abstract = 'A survey.'; Authors = @('Ana Smith'); Categories = @('cs.LG'); ArxivId = '1901.00001'; Published = [datetime]'2019-01-02' }
        [PaperTools.Paper]@{ Title = 'Graph networks at scale'; Abstract = 'Graphs.'; Authors = @('John Smith'); Categories = @('cs.LG'); DigestDate = [datetime]'2025-08-20' }
    )
}

Describe 'Find-Paper' {
    Context 'command shape' {
        It 'is exported with an approved verb and declares Paper output' {
            $command = Get-Command Find-Paper -Module PaperTools
            $command.Verb | Should -Be 'Find'
            $command.OutputType.Type | Should -Contain ([PaperTools.Paper])
            $command.Parameters['Query'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).Position | Should -Be 0
            $command.Parameters['InputObject'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipeline | Should -BeTrue
        }
    }

    Context 'ranked query from the pipeline' {
        BeforeAll {
            $script:ranked = @(Import-PaperDigest $script:digest002 | Find-Paper 'margin AND (loss OR softmax) -face')
        }

        It 'finds margin papers about losses or softmax, and none about faces' {
            $script:ranked.Count | Should -Be 19
            $script:ranked.Title | Should -Contain 'Learning Imbalanced Datasets with Label-Distribution-Aware Margin Loss'
            $script:ranked.Title | Should -Not -Contain 'AdaFace: Quality Adaptive Margin for Face Recognition'
            foreach ($result in $script:ranked) {
                "$($result.Title) $($result.Abstract)" | Should -Match 'margin'
                "$($result.Title) $($result.Abstract)" | Should -Match 'loss|softmax'
                "$($result.Title) $($result.Abstract)" | Should -Not -Match '\bfaces?\b'
            }
            $script:ranked.Title | Should -Not -Contain 'ArcFace: Additive Angular Margin Loss for Deep Face Recognition'
        }

        It 'puts the best match first and carries Score and Matches' {
            $scores = @($script:ranked | ForEach-Object Score)
            ($scores -join ',') | Should -Be ((@($scores | Sort-Object -Descending)) -join ',')
            $script:ranked[0].Score | Should -BeOfType [double]
            $script:ranked[0].Score | Should -BeGreaterThan 0
            $script:ranked[0].Matches | Should -BeLike 'title: margin, loss*'
        }

        It 'emits Paper objects, so the Paper view and Export cmdlets still apply' {
            $script:ranked[0] | Should -BeOfType [PaperTools.Paper]
            $script:ranked[0].PSObject.TypeNames[0] | Should -Be 'PaperTools.SearchResult'
            $script:ranked[0].PSObject.TypeNames | Should -Contain 'PaperTools.Paper'
            $csv = @($script:ranked | ConvertTo-Csv -NoTypeInformation)
            $csv[0] | Should -BeLike '*"Title"*'
            $csv[0] | Should -BeLike '*"Score"*'
            $csv[0] | Should -BeLike '*"Matches"*'
        }

        It 'keeps each search''s Score and Matches apart and leaves the input Papers untouched' {
            $first = @($script:papers | Find-Paper 'margin' -Top 1)[0]
            $second = @($script:papers | Find-Paper 'margin AND softmax' -Top 1)[0]
            $again = @($script:papers | Find-Paper 'margin' -Top 1)[0]
            $first.Matches | Should -Not -BeNullOrEmpty
            $second.Matches | Should -Not -Be $first.Matches
            $again.Score | Should -Be $first.Score
            $first.Title | Should -BeIn $script:papers.Title
            foreach ($paper in $script:papers) { $paper.PSObject.Properties['Score'] | Should -BeNullOrEmpty }
        }
    }

    Context 'query with -InputObject and -Top' {
        It 'finds the title phrase, at most -Top results' {
            $papers001 = @(Import-PaperDigest $script:digest001)
            $results = @(Find-Paper -InputObject $papers001 -Query 'title:"domain generalization"' -Top 10)
            $results.Title | Should -Be @(
                'Unknown Domain Inconsistency Minimization for Domain Generalization'
                'Adversarial Style Augmentation for Domain Generalization')
            foreach ($result in $results) { $result.Title | Should -Match 'Domain[\s-]+Generalization' }
        }

        It 'finds nothing, without error, when the author is absent' {
            $results = @(Find-Paper -InputObject $script:papers -Query 'title:"domain generalization" author:smith' -Top 10 -ErrorAction Stop)
            $results.Count | Should -Be 0
        }

        It 'keeps the first N of the full ranking' {
            $all = @(Find-Paper -InputObject $script:papers -Query 'margin OR loss')
            $top = @(Find-Paper -InputObject $script:papers -Query 'margin OR loss' -Top 3)
            $top.Count | Should -Be 3
            ($top.Title -join '|') | Should -Be (($all | Select-Object -First 3).Title -join '|')
        }

        It 'finds Łojasiewicz when asked for Lojasiewicz' {
            $papers003 = @(Import-PaperDigest (Join-Path $PSScriptRoot '../Fixtures/text/003_285b6193770f3ea0.txt'))
            $results = @($papers003 | Find-Paper 'title:Lojasiewicz')
            $results.Count | Should -Be 1
            $results[0].Title | Should -BeLike '*Łojasiewicz*'
        }

        It 'finds papers that say loss when asked for losses' {
            @($script:papers | Find-Paper 'title:losses').Title | Should -Contain 'Asymmetric Loss For Multi-Label Classification'
        }
    }

    Context 'filters without a query' {
        It 'combines -Title wildcard, -Since and -Category' {
            $results = @($script:made | Find-Paper -Title *Bilevel* -Since 2025-08-01 -Category cs.LG)
            $results.Count | Should -Be 1
            $results[0].Title | Should -Be 'Kernel Bilevel Optimization'
        }

        It 'passes papers on unchanged, without Score' {
            $results = @($script:made | Find-Paper -Title *Bilevel*)
            $results.Count | Should -Be 3
            $results[0].PSObject.Properties['Score'] | Should -BeNullOrEmpty
        }

        It 'matches -Author wildcards against each author' {
            @($script:made | Find-Paper -Author *Smith).Title | Should -Be @('Old bilevel survey', 'Graph networks at scale')
        }

        It 'uses DigestDate when there is no Published date, and -Until is inclusive' {
            @($script:made | Find-Paper -Since 2025-08-20 -Until 2025-08-20).Title | Should -Be 'Graph networks at scale'
        }

        It 'filters on the presence of an arXiv id both ways' {
            @($script:made | Find-Paper -HasArxivId).Count | Should -Be 2
            @($script:made | Find-Paper -HasArxivId:$false).Count | Should -Be 2
        }

        It 'streams: the first result arrives before later input is read' {
            $upstream = { $script:made[0]; throw 'Find-Paper read past the first paper' }
            $first = & $upstream | Find-Paper -Title *Bilevel* | Select-Object -First 1
            $first.Title | Should -Be 'Kernel Bilevel Optimization'
        }

        It 'sorts by -Sort Date (newest first) and -Sort Title, with -Top' {
            @($script:made | Find-Paper -Sort Date -Top 2).Title | Should -Be @('Graph networks at scale', 'Penalty Methods for Bilevel Problems')
            @($script:made | Find-Paper -Sort Title).Title | Should -Be @('Graph networks at scale', 'Kernel Bilevel Optimization', 'Old bilevel survey', 'Penalty Methods for Bilevel Problems')
        }

        It 'with -Top alone, passes the first N papers' {
            @($script:papers | Find-Paper -Top 2).Title | Should -Be @($script:papers[0].Title, $script:papers[1].Title)
        }
    }

    Context 'malformed queries' {
        It 'stops with QuerySyntax for <Query>' -ForEach @(
            @{ Query = 'margin AND' }
            @{ Query = '(margin OR loss' }
            @{ Query = 'margin)' }
            @{ Query = '""' }
            @{ Query = 'journal:nature' }
            @{ Query = '-' }
            @{ Query = 'OR loss' }
            @{ Query = '   ' }
        ) {
            { $script:papers | Find-Paper -Query $Query } | Should -Throw -ErrorId 'QuerySyntax,PaperTools.Commands.FindPaperCommand'
        }

        It 'points at the position, names the category and the query' {
            $err = { $script:papers | Find-Paper 'margin AND (loss OR softmax))' } | Should -Throw -ErrorId 'QuerySyntax*' -PassThru
            $err.FullyQualifiedErrorId | Should -Be 'QuerySyntax,PaperTools.Commands.FindPaperCommand'
            $err.CategoryInfo.Category | Should -Be 'SyntaxError'
            $err.TargetObject | Should -Be 'margin AND (loss OR softmax))'
            # Called from a script (this file), where the error view joins lines: one line, quoting the fault.
            $err.Exception.Message | Should -Be "Invalid query at column 29, ')': this ')' has no matching '('. The query: margin AND (loss OR softmax))"
        }

        It 'stops before reading any input' {
            $upstream = { throw 'input was read' }
            { & $upstream | Find-Paper 'margin AND' } | Should -Throw -ErrorId 'QuerySyntax*'
        }
    }
}

Describe 'Find-Paper -NotIn and -Exclude' {
    BeforeAll {
        $script:library = Join-Path $TestDrive 'library.bib'
        $script:papers | Select-Object -First 20 | Export-PaperBibTeX -Path $script:library
        $script:commandId = 'PaperTools.Commands.FindPaperCommand'
    }

    It 'lets through only the papers a library lacks' {
        $new = @($script:papers | Find-Paper -NotIn $script:library)
        $new.Count | Should -Be ($script:papers.Count - 20)
        $new.Title | Should -Not -Contain $script:papers[0].Title
        @($script:papers | Find-Paper -NotIn (Join-Path $TestDrive '*.bib')).Count | Should -Be $new.Count
    }

    It 'leaves out the same work however the title is written' {
        $variant = [PaperTools.Paper]@{ Title = $script:papers[3].Title.ToUpperInvariant() + '.' }
        @($variant | Find-Paper -NotIn $script:library).Count | Should -Be 0
        @($variant | Find-Paper -Exclude (Import-PaperBibTeX $script:library)).Count | Should -Be 0
        @($variant | Find-Paper -Exclude @()).Count | Should -Be 1
    }

    It 'takes papers to leave out and still filters and ranks what remains' {
        $exclude = @(Import-PaperBibTeX $script:library)
        $ranked = @($script:papers | Find-Paper 'margin' -Exclude $exclude)
        # Digest 002 has 30 papers that say 'margin' beyond the 20 the library holds.
        $ranked.Count | Should -Be 30
        $ranked.Title | Should -Not -BeIn $exclude.Title
    }

    It 'stops with a named error when the library cannot be read' {
        { $script:papers | Find-Paper -NotIn (Join-Path $TestDrive 'missing.bib') -ErrorAction Stop } |
            Should -Throw -ErrorId "PathNotFound,$script:commandId"
        { $script:papers | Find-Paper -NotIn $TestDrive -ErrorAction Stop } | Should -Throw -ErrorId "BibTeXFileUnreadable,$script:commandId"
        { $script:papers | Find-Paper -NotIn 'Env:PATH' } | Should -Throw -ErrorId "PathNotFileSystem,$script:commandId"
    }

    It 'reports a broken entry of the library and goes on with the rest' {
        $broken = Join-Path $TestDrive 'broken.bib'
        Set-Content -LiteralPath $broken -Value "@article{a, title = {$($script:papers[0].Title)}}`n@article{b, title = {Broken"
        $new = @($script:papers | Find-Paper -NotIn $broken -ErrorVariable errors -ErrorAction SilentlyContinue)
        $errors[0].FullyQualifiedErrorId | Should -Be "BibTeXEntryInvalid,$script:commandId"
        $new.Count | Should -Be ($script:papers.Count - 1)
    }
}
