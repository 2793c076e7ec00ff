# Progress records, captured from a runspace's Progress stream, for the long-running cmdlets.

BeforeAll {
    $script:module = (Resolve-Path (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).Path
    $fixture = Join-Path $PSScriptRoot '../Fixtures/huggingface-json/daily_papers_2025-08-20.json'

    # A digest big enough to take well over 200 ms to read: the fixture's items, 300 times over.
    $items = (Get-Content -LiteralPath $fixture -Raw).Trim()
    $items = $items.Substring(1, $items.Length - 2).Trim()
    $script:big = Join-Path $TestDrive 'big.json'
    [System.IO.File]::WriteAllText($script:big, '[' + ((, $items * 300) -join ',') + ']')
    $script:bib = Join-Path $TestDrive 'big.bib'

    # Runs $Script in a runspace of its own; what it wrote to the Progress stream, and how long it took.
    function Invoke-WithProgress([string] $Script) {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$($script:module)'; $Script")
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $output = $ps.Invoke()
            [pscustomobject]@{ Output = $output; Progress = @($ps.Streams.Progress); Errors = @($ps.Streams.Error); Elapsed = $clock.Elapsed }
        }
        finally { $ps.Dispose() }
    }

    function Of([object] $Run, [string] $Activity) { @($Run.Progress | Where-Object Activity -eq $Activity) }
}

Describe 'Progress' {
    BeforeAll {
        $script:run = Invoke-WithProgress "Import-PaperDigest '$($script:big)' | Export-PaperBibTeX -Path '$($script:bib)'"
    }

    It 'runs cleanly' {
        $script:run.Errors | Should -BeNullOrEmpty
        (Get-Item $script:bib).Length | Should -BeGreaterThan 0
    }

    It 'Import-PaperDigest shows the percent of the file read and the papers so far' {
        $records = Of $script:run 'Import-PaperDigest'
        $processing = @($records | Where-Object RecordType -eq 'Processing')
        $processing.Count | Should -BeGreaterOrEqual 2
        $processing | ForEach-Object {
            $_.StatusDescription | Should -Match '^big\.json: [\d,]+ papers? so far$'
            $_.PercentComplete | Should -BeIn (0..100)
        }
        $percents = $processing.PercentComplete
        ($percents -join ',') | Should -Be ((@($percents | Sort-Object)) -join ',')
        $percents[-1] | Should -BeGreaterThan $percents[0]
        $papers = $processing | ForEach-Object { [int]($_.StatusDescription -replace '^big\.json: ([\d,]+) .*$', '$1' -replace ',') }
        $papers[-1] | Should -BeGreaterThan $papers[0]
        $records[-1].RecordType | Should -Be 'Completed'
        @($records.ActivityId | Sort-Object -Unique).Count | Should -Be 1
    }

    It 'updates at most once per 200 ms' {
        foreach ($activity in 'Import-PaperDigest', 'Export-PaperBibTeX') {
            $processing = @(Of $script:run $activity | Where-Object RecordType -eq 'Processing')
            $processing.Count | Should -BeLessOrEqual ([math]::Floor($script:run.Elapsed.TotalMilliseconds / 200) + 2)
        }
    }

    It 'Export-PaperBibTeX counts the papers collected, then the entries written' {
        $records = Of $script:run 'Export-PaperBibTeX'
        @($records.StatusDescription -match '^[\d,]+ papers? collected for big\.bib$').Count | Should -BeGreaterThan 0
        @($records.StatusDescription -match '^Writing big\.bib: entry [\d,]+ of 7,200$').Count | Should -BeGreaterThan 0
        $records[-1].RecordType | Should -Be 'Completed'
    }

    It 'Find-Paper counts the papers read, then says it ranks them' {
        $run = Invoke-WithProgress "Import-PaperDigest '$($script:big)' | Find-Paper 'bilevel' -Top 3"
        $run.Output.Count | Should -Be 3
        $records = Of $run 'Find-Paper'
        @($records.StatusDescription -match '^[\d,]+ papers? read, [\d,]+ matched so far$').Count | Should -BeGreaterThan 0
        $records.StatusDescription | Should -Contain 'Indexing and ranking 7,200 papers'
        $records[-1].RecordType | Should -Be 'Completed'
    }

    It 'ConvertTo-PaperBibTeX counts the entries written, and Import-PaperBibTeX the papers read back' {
        $run = Invoke-WithProgress "Import-PaperDigest '$($script:big)' | ConvertTo-PaperBibTeX | Out-Null; Import-PaperBibTeX '$($script:bib)' | Out-Null"
        @((Of $run 'ConvertTo-PaperBibTeX').StatusDescription -match '^[\d,]+ BibTeX entr(y|ies) written$').Count | Should -BeGreaterThan 0
        $back = Of $run 'Import-PaperBibTeX'
        @($back.StatusDescription -notmatch '^(Reading big\.bib|big\.bib: [\d,]+ of [\d,]+ papers)$').Count | Should -Be 0
        $back[-1].RecordType | Should -Be 'Completed'
    }

    It 'Export-PaperRis and ConvertTo-PaperCslJson count what they write' {
        $ris = Join-Path $TestDrive 'big.ris'
        $run = Invoke-WithProgress "Import-PaperDigest '$($script:big)' | Export-PaperRis -Path '$ris'; Import-PaperDigest '$($script:big)' | ConvertTo-PaperCslJson -AsItem | Out-Null"
        $run.Errors | Should -BeNullOrEmpty
        $records = Of $run 'Export-PaperRis'
        @($records.StatusDescription -match '^Writing big\.ris: record [\d,]+ of 7,200$').Count | Should -BeGreaterThan 0
        $records[-1].RecordType | Should -Be 'Completed'
        @((Of $run 'ConvertTo-PaperCslJson').StatusDescription -match '^[\d,]+ CSL-JSON items? written$').Count | Should -BeGreaterThan 0
    }

    It 'names the file it is on when there are several' {
        $small = Join-Path $PSScriptRoot '../Fixtures/text'
        $run = Invoke-WithProgress "Get-ChildItem '$small' -File | Import-PaperDigest -WarningAction SilentlyContinue | Out-Null"
        (Of $run 'Import-PaperDigest' | Where-Object RecordType -eq 'Processing')[0].CurrentOperation | Should -Match '^File 1, \d+% read$'
    }
}
