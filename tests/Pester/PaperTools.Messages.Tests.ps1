# Messages as a user reads them: in the default error view, in warnings and in -Verbose.

BeforeAll {
    $script:module = (Resolve-Path (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).Path
    Import-Module $script:module -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
}

Describe 'Messages' {
    It 'DigestUnsafeXml names the file' {
        $path = Join-Path $script:fixtures 'arxiv-feed/xxe.atom.xml'
        $null = Import-PaperDigest -LiteralPath $path -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'DigestUnsafeXml,*'
        $problems[0].Exception.Message | Should -Match 'xxe\.atom\.xml'
    }

    It 'says "1 entry is not a paper and was left out" for one' {
        $path = Join-Path $TestDrive 'one.txt'
        Set-Content -LiteralPath $path -Value "Margins for Speakers`nWe study how additive margins change contrastive objectives for speaker verification. Our experiments show that margins reduce false positives.`n2508.01234v1.pdf"
        $null = Import-PaperDigest -LiteralPath $path -WarningVariable warned -WarningAction SilentlyContinue
        "$warned" | Should -Match ': 1 entry is not a paper and was left out \(line 3\)\.'
    }

    It 'says "4 entries are not papers and were left out" for several' {
        $null = Import-PaperDigest (Join-Path $script:fixtures 'text/000_8244a140825fe06b.txt') -WarningVariable warned -WarningAction SilentlyContinue
        "$warned" | Should -Match ': 4 entries are not papers and were left out \(lines 1, 12, 14, 18\)\.'
    }

    It '-Verbose names the shape detected for each file and its counts' {
        $verbose = Import-PaperDigest (Join-Path $script:fixtures 'arxiv-feed/cs.LG.rss.xml'), (Join-Path $script:fixtures 'huggingface-json/daily_papers_2025-08-20.json') -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        $verbose | Should -Contain ((Resolve-Path (Join-Path $script:fixtures 'arxiv-feed/cs.LG.rss.xml')).Path + ': detected ArxivFeed, utf-8.')
        @($verbose -match 'daily_papers_2025-08-20\.json: detected HuggingFaceJson, utf-8\.$').Count | Should -Be 1
        @($verbose -match 'cs\.LG\.rss\.xml: 24 papers, 0 non-paper entries, 0 errors\.$').Count | Should -Be 1
    }

    It 'puts the QuerySyntax caret under the fault in the default error view at the prompt' {
        # A runspace runs the line as the prompt does: no script, so the error view keeps the message's lines.
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$($script:module)'; [PaperTools.Paper]@{ Title = 'x' } | Find-Paper 'margin AND (loss OR softmax'")
            $null = $ps.Invoke()
            $record = $ps.Streams.Error[0]
            $ps.Commands.Clear()
            $null = $ps.AddScript('$ErrorView = "ConciseView"; $args[0] | Out-String -Width 200').AddArgument($record)
            $shown = ($ps.Invoke() -join '') -replace '\e\[[\d;]*m' -split '\r?\n'
        }
        finally { $ps.Dispose() }
        $record.FullyQualifiedErrorId | Should -Be 'QuerySyntax,PaperTools.Commands.FindPaperCommand'
        $record.CategoryInfo.Category | Should -Be 'SyntaxError'
        $queryLine = @($shown | Where-Object { $_ -match 'margin AND \(loss OR softmax$' })
        $caretLine = @($shown | Where-Object { $_ -match '^\s*\^\s*$' })
        $queryLine.Count | Should -Be 1
        $caretLine.Count | Should -Be 1
        $caretLine[0].IndexOf('^') | Should -Be $queryLine[0].IndexOf('(')
        $shown[0] | Should -Match '^Find-Paper: Invalid query at column 12: '
    }
}
