# Tab completion, as TabExpansion2 gives it, each case in a runspace of its own so the papers other tests read
# do not decide what -Category offers.

BeforeAll {
    $script:module = (Resolve-Path (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).Path
    $script:feed = (Resolve-Path (Join-Path $PSScriptRoot '../Fixtures/arxiv-feed/cs.LG.rss.xml')).Path

    # The completions of $Line (cursor at its end) in a fresh runspace, after running $Before there.
    function Get-Completion([string] $Line, [string] $Before = '') {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$($script:module)'; $Before; (TabExpansion2 -inputScript `$args[0] -cursorColumn `$args[0].Length).CompletionMatches").AddArgument($Line)
            @($ps.Invoke())
        }
        finally { $ps.Dispose() }
    }
}

Describe 'Completion' {
    It '-Encoding offers PowerShell''s names' {
        $names = (Get-Completion 'Import-PaperDigest x.txt -Encoding ').CompletionText
        foreach ($name in 'utf8', 'utf8BOM', 'utf8NoBOM', 'unicode', 'bigendianunicode', 'utf32', 'ascii', 'latin1', 'oem', 'windows-1252') {
            $names | Should -Contain $name
        }
        (Get-Completion 'Import-PaperDigest x.txt -Encoding utf8').CompletionText | Should -Be @('utf8', 'utf8BOM', 'utf8NoBOM')
        (Get-Completion 'Import-PaperDigest x.txt -Encoding uni')[0].ToolTip | Should -Match 'UTF-16'
    }

    It '-Format offers the digest shapes and not BibTeX' {
        $names = (Get-Completion 'Import-PaperDigest x.txt -Format ').CompletionText
        $names | Should -Contain 'Auto'
        $names | Should -Contain 'ArxivFeed'
        $names | Should -Contain 'HuggingFaceJson'
        $names | Should -Not -Contain 'BibTeX'
        (Get-Completion 'Import-PaperDigest x.txt -Format Hug').CompletionText | Should -Be @('HuggingFaceHtml', 'HuggingFaceJson')
    }

    It '-Category offers arXiv''s taxonomy before any paper is read' {
        $found = Get-Completion 'Find-Paper -Category cs.L'
        $found.CompletionText | Should -Be @('cs.LG', 'cs.LO')
        $found[0].ToolTip | Should -Be 'Machine Learning'
        (Get-Completion 'Find-Paper -Category ').Count | Should -BeGreaterThan 150
        (Get-Completion 'Find-Paper -Category robot').CompletionText | Should -Contain 'cs.RO'
    }

    It '-Category offers the categories of the papers this session has read' {
        $before = "`$null = Import-PaperDigest '$($script:feed)'"
        $seen = (Get-Completion 'Find-Paper -Category ' $before).CompletionText
        $seen | Should -Contain 'cs.LG'
        $seen.Count | Should -BeLessThan 20
        $expected = @(& { Import-Module $script:module; Import-PaperDigest $script:feed } | ForEach-Object Categories | Sort-Object -Unique)
        $seen | Should -Be $expected
        # A prefix none of them has falls back to the taxonomy.
        (Get-Completion 'Find-Paper -Category astro-ph.C' $before).CompletionText | Should -Be @('astro-ph.CO')
    }

    It '-KeyFormat offers the presets' {
        (Get-Completion 'ConvertTo-PaperBibTeX -KeyFormat Better').CompletionText | Should -Be @('BetterBibTeX')
    }
}
