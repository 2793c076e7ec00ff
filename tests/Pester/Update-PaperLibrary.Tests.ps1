# Update-PaperLibrary as a scheduler runs it: `./build.ps1 -Task Install` into a scratch HOME, then the README's
# command line, `pwsh -NoProfile -Command "Update-PaperLibrary ..."`, in a new pwsh with a clean environment (HOME,
# PATH and the services' addresses only) on a scratch folder, its exit code checked. The metadata services are the
# loopback server of tests/PaperTools.Core.Tests/Metadata/Loopback, compiled here, on 127.0.0.1; nothing of the
# machine (module path, cache) is touched. The digest is cut from the shared sample 001 (first four papers).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $loopback = Get-ChildItem (Join-Path $PSScriptRoot '../PaperTools.Core.Tests/Metadata/Loopback') -Filter *.cs |
        ForEach-Object FullName
    if (-not ('PaperTools.Tests.Metadata.Loopback.LoopbackServices' -as [type])) { Add-Type -Path $loopback }
    $script:pwsh = Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })
    $script:scratchHome = Join-Path $TestDrive 'home'
    $null = New-Item -ItemType Directory -Path $scratchHome

    # A new process with nothing of this one's environment but what a scheduler gives: HOME and a PATH.
    function Invoke-Clean([string[]] $Arguments, [string] $WorkingDirectory, [hashtable] $Environment = @{}) {
        $start = [System.Diagnostics.ProcessStartInfo]::new($pwsh)
        foreach ($a in $Arguments) { $start.ArgumentList.Add($a) }
        $start.WorkingDirectory = $WorkingDirectory
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.Environment.Clear()
        $start.Environment['HOME'] = $scratchHome
        $start.Environment['PATH'] = '/usr/bin:/bin'
        foreach ($name in $Environment.Keys) { $start.Environment[$name] = $Environment[$name] }
        $process = [System.Diagnostics.Process]::Start($start)
        $out = $process.StandardOutput.ReadToEndAsync()
        $err = $process.StandardError.ReadToEndAsync()
        $process.WaitForExit()
        # pwsh colours its output even when it is redirected; the assertions read the text.
        $plain = { param($text) $text -replace "`e\[[0-9;]*m", '' }
        [pscustomobject]@{ ExitCode = $process.ExitCode; Out = & $plain $out.Result; Err = & $plain $err.Result }
    }

    # The documented scheduled command, in a scratch folder, against the given service addresses.
    function Invoke-Scheduled([string] $Folder, [string] $Arguments, [string] $Services) {
        $environment = @{
            PAPERTOOLS_ARXIV_API = "$Services/arxiv/api/query"
            PAPERTOOLS_HUGGINGFACE_API = "$Services/hf/api"
            PAPERTOOLS_CROSSREF_API = "$Services/crossref"
        }
        $command = "Update-PaperLibrary -Path library.bib -Digest digests/* $Arguments"
        Invoke-Clean @('-NoProfile', '-Command', $command) $Folder $environment
    }

    $build = Join-Path $PSScriptRoot '../../build.ps1'
    $install = Invoke-Clean @('-NoProfile', '-NonInteractive', '-File', $build, '-Task', 'Install') $TestDrive
    if ($install.ExitCode -ne 0) { throw "The install task failed: $($install.Out) $($install.Err)" }

    # The first four papers of a real Daily Papers page: its chrome, the date line and four title/abstract pairs.
    $sample = Join-Path $PSScriptRoot '../Fixtures/text/001_f6c52202b2fcb344.txt'
    $script:digestLines = (Get-Content -LiteralPath $sample)[0..26]
    $digestLines | Set-Content -LiteralPath (Join-Path $TestDrive 'cut.txt')
    $script:papers = @(Import-PaperDigest (Join-Path $TestDrive 'cut.txt') -Year 2025)

    function New-Record([int] $N, [string] $Title) {
        $record = [PaperTools.Tests.Metadata.Loopback.KnownPaper]::new()
        $record.ArxivId = "2508.1400$N"
        $record.Title = $Title
        $record.Authors = @("Author $N", 'Joan Solà')
        $record.Published = [datetime]'2025-08-11'
        $record.Abstract = "The abstract of $Title."
        $record
    }

    function New-Folder {
        $folder = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path (Join-Path $folder 'digests')
        $digestLines | Set-Content -LiteralPath (Join-Path $folder 'digests/today.txt')
        $folder
    }

    # An address where nothing listens: a port that was free a moment ago.
    function Get-ClosedAddress {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $port = $listener.LocalEndpoint.Port
        $listener.Stop()
        "http://127.0.0.1:$port"
    }

    $script:options = '-Year 2025 -Source HuggingFace -MaximumRetryCount 0 -CachePath cache'
}

Describe 'Update-PaperLibrary as the scheduled job' {
    BeforeEach {
        $script:catalog = [PaperTools.Tests.Metadata.Loopback.ServiceCatalog]::new()
        $script:server = [PaperTools.Tests.Metadata.Loopback.LoopbackServices]::new($catalog)
        $script:services = $server.Root
    }
    AfterEach { $server.Dispose() }

    It 'installs the module where a new pwsh finds it by name' {
        $command = 'Import-Module PaperTools; (Get-Module PaperTools).ModuleBase'
        $run = Invoke-Clean @('-NoProfile', '-Command', $command) $TestDrive
        $run.ExitCode | Should -Be 0
        $run.Out.Trim() | Should -BeLike "$scratchHome*PaperTools*0.1.0"
    }

    It 'creates the library on day one and exits 0; the second run adds nothing and leaves it byte for byte' {
        $n = 0
        foreach ($paper in $papers) { $catalog.AddToDailyList('2025-08-20', (New-Record (++$n) $paper.Title)) }
        $folder = New-Folder

        $first = Invoke-Scheduled $folder $options $services

        $first.Err | Should -BeNullOrEmpty
        $first.ExitCode | Should -Be 0
        $first.Out | Should -Match 'library\.bib \(created\)'
        $written = @(Import-PaperBibTeX (Join-Path $folder 'library.bib'))
        $written.Count | Should -Be $papers.Count
        $written | ForEach-Object { $_.Authors | Should -Contain 'Joan Solà' }
        $bytes = [IO.File]::ReadAllBytes((Join-Path $folder 'library.bib'))

        $second = Invoke-Scheduled $folder $options $services

        $second.ExitCode | Should -Be 0
        $papers.Count | Should -Be 4
        $second.Out | Should -Match 'AlreadyPresent\s*:\s*4'
        $second.Out | Should -Match 'Added\s*:\s*0'
        [IO.File]::ReadAllBytes((Join-Path $folder 'library.bib')) | Should -Be $bytes
    }

    It 'exits non-zero for a digest it cannot read, naming it, and still appends the good papers' {
        $folder = New-Folder
        [IO.File]::WriteAllBytes((Join-Path $folder 'digests/broken.txt'), [byte[]](0..255))

        $run = Invoke-Scheduled $folder $options $services

        $run.ExitCode | Should -Be 1
        $run.Err | Should -Match 'broken\.txt'
        $run.Out | Should -Match 'DigestBinary 1'
        @(Import-PaperBibTeX (Join-Path $folder 'library.bib')).Count | Should -Be $papers.Count
    }

    It 'exits non-zero with the services down, and the next run completes those title-only entries in place' {
        $folder = New-Folder
        $mine = "% My own entries.`n@article{knuth1984,`n  author = {Donald E. Knuth},`n" +
                "  title = {Literate Programming},`n" +
                "  journal = {The Computer Journal},`n  year = 1984`n}`n"
        [IO.File]::WriteAllText((Join-Path $folder 'library.bib'), $mine)

        $down = Invoke-Scheduled $folder $options (Get-ClosedAddress)

        $down.ExitCode | Should -Be 1
        $down.Err | Should -Match 'Hugging Face could not answer .*Connection refused'
        $down.Out | Should -Match 'Errors\s*:\s*MetadataServiceUnavailable 1'
        $before = Get-Content -LiteralPath (Join-Path $folder 'library.bib') -Raw
        $before.StartsWith($mine) | Should -BeTrue
        $titleOnly = @(Import-PaperBibTeX (Join-Path $folder 'library.bib') | Where-Object { $_.Authors.Count -eq 0 })
        $titleOnly.Count | Should -Be $papers.Count

        # Services up: three of the four are known; the fourth stays as it was, and is not an error.
        for ($i = 0; $i -lt 3; $i++) { $catalog.Add((New-Record ($i + 1) $papers[$i].Title)) }
        $up = Invoke-Scheduled $folder $options $services

        $up.Err | Should -BeNullOrEmpty
        $up.ExitCode | Should -Be 0
        $up.Out | Should -Match 'Completed\s*:\s*3'
        $up.Out | Should -Match 'StillIncomplete\s*:\s*1'
        $after = Get-Content -LiteralPath (Join-Path $folder 'library.bib') -Raw
        $after.StartsWith($mine) | Should -BeTrue
        $last = $titleOnly[3].Entry.Text
        $after.EndsWith($before.Substring($before.IndexOf($last))) | Should -BeTrue
        $entries = @(Import-PaperBibTeX (Join-Path $folder 'library.bib'))
        $entries.Count | Should -Be ($papers.Count + 1)
        $entries.CitationKey | Should -Be (@('knuth1984') + $titleOnly.CitationKey)
        @($entries | Where-Object { $_.Authors -contains 'Joan Solà' }).Count | Should -Be 3
        # Each completed entry is its old text with fields added: what the title-only entry said is still there.
        for ($i = 0; $i -lt 3; $i++) { $entries[$i + 1].Title | Should -Be $titleOnly[$i].Title }
    }

    It 'waits for a library another run holds, then exits non-zero naming the lock' {
        $folder = New-Folder
        $lock = [IO.File]::Open((Join-Path $folder '.library.bib.lock'), 'OpenOrCreate', 'ReadWrite', 'None')
        try {
            $clock = [Diagnostics.Stopwatch]::StartNew()
            $run = Invoke-Scheduled $folder "$options -Offline" $services
            $clock.Elapsed.TotalSeconds | Should -BeGreaterThan 9
        }
        finally { $lock.Dispose() }

        $run.ExitCode | Should -Be 1
        $run.Err | Should -Match ([regex]::Escape("its lock, '$folder/.library.bib.lock', stayed taken for 10 seconds"))
        $run.Out | Should -Match 'Errors\s*:\s*BibTeXFileLocked 1'
        Test-Path -LiteralPath (Join-Path $folder 'library.bib') | Should -BeFalse
    }

    It 'refuses a library that is not a .bib, and writes nothing' {
        $folder = New-Folder

        $command = "Update-PaperLibrary -Path library.ris -Digest digests/* $options -Offline"
        $run = Invoke-Clean @('-NoProfile', '-Command', $command) $folder

        $run.ExitCode | Should -Be 1
        $run.Err | Should -Match 'is not a \.bib file'
        $run.Out | Should -Match 'Errors\s*:\s*LibraryNotBibTeX 1'
        Test-Path -LiteralPath (Join-Path $folder 'library.ris') | Should -BeFalse
    }

    It '-WhatIf says what it would create and writes nothing' {
        $folder = New-Folder

        $command = "Update-PaperLibrary -Path library.bib -Digest digests/* $options -WhatIf"
        $run = Invoke-Clean @('-NoProfile', '-Command', $command) $folder

        $run.ExitCode | Should -Be 0
        $run.Out | Should -Match 'What if: .*Look up metadata for 4 new papers"'
        $run.Out | Should -Match 'What if: .*Create the file with 4 BibTeX entries'
        Test-Path -LiteralPath (Join-Path $folder 'library.bib') | Should -BeFalse
    }

    It 'writes the reading list of the papers it added, grouped by the profiles, in the same run' {
        $folder = New-Folder
        $profiles = '{ "profiles": [ { "name": "Robustness", "queries": ["adversarial"] } ] }'
        Set-Content -LiteralPath (Join-Path $folder 'profiles.json') -Value $profiles

        $command = "Update-PaperLibrary -Path library.bib -Digest digests/* $options -Offline " +
            '-ReportPath today.md -ProfilePath profiles.json'
        $run = Invoke-Clean @('-NoProfile', '-Command', $command) $folder

        $run.ExitCode | Should -Be 0
        # Markdown escapes every punctuation mark; the titles are compared with the escapes taken off.
        $report = (Get-Content -LiteralPath (Join-Path $folder 'today.md') -Raw) -replace '\\(.)', '$1'
        $report | Should -Match '(?m)^## Robustness \(3\)'
        # Three of the four papers are about adversarial perturbations; the fourth (agnostic RL) matches nothing.
        $added = @(Import-PaperBibTeX (Join-Path $folder 'library.bib'))
        $added.Count | Should -Be 4
        foreach ($paper in $added) {
            $listed = $report.Contains($paper.Title)
            $listed | Should -Be ($paper.Title -match 'Advers') -Because $paper.Title
        }
    }

    # -KeyFormat goes through the parse Export-PaperBibTeX uses.
    It 'refuses <Argument> before reading anything' -TestCases @(
        @{ Argument = '-ReportPath today.txt'; Message = 'names no report format' }
        @{ Argument = "-KeyFormat '[nosuchfield]'"; Message = 'Unknown key field \[nosuchfield\]' }
    ) {
        $folder = New-Folder

        $command = "Update-PaperLibrary -Path library.bib -Digest digests/* $options -Offline $Argument"
        $run = Invoke-Clean @('-NoProfile', '-Command', $command) $folder

        $run.ExitCode | Should -Be 1
        $run.Err | Should -Match $Message
        Test-Path -LiteralPath (Join-Path $folder 'library.bib') | Should -BeFalse
    }
}
