# Update-PaperMetadata against loopback services: the same server the xunit tests use, compiled here with Add-Type
# (tests/PaperTools.Core.Tests/Metadata/Loopback), on 127.0.0.1 and a free port. Nothing leaves the machine.
# arXiv's 3-second spacing is real here: tests ask arXiv rarely (most use -Source HuggingFace).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:commandId = 'PaperTools.Commands.UpdatePaperMetadataCommand'
    $script:digest = Join-Path $PSScriptRoot '../Fixtures/text/001_f6c52202b2fcb344.txt'
    $loopback = Get-ChildItem (Join-Path $PSScriptRoot '../PaperTools.Core.Tests/Metadata/Loopback') -Filter *.cs | ForEach-Object FullName
    if (-not ('PaperTools.Tests.Metadata.Loopback.LoopbackServices' -as [type])) { Add-Type -Path $loopback }

    $script:saved = @{}
    foreach ($name in 'PAPERTOOLS_ARXIV_API', 'PAPERTOOLS_HUGGINGFACE_API', 'PAPERTOOLS_CROSSREF_API') {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
    }

    function New-Record([string] $Id, [string] $Title, [string[]] $Authors) {
        $record = [PaperTools.Tests.Metadata.Loopback.KnownPaper]::new()
        $record.ArxivId = $Id
        $record.Version = 2
        $record.Title = $Title
        $record.Authors = $Authors
        $record.Published = [datetime]::new(2000 + [int]$Id.Substring(0, 2), [int]$Id.Substring(2, 2), 11)
        $record.Categories = 'cs.LG', 'stat.ML'
        $record.Abstract = "The abstract of $Title."
        $record
    }

    # A fresh server for each test: its own catalog, request log and faults.
    function Start-Services {
        $catalog = [PaperTools.Tests.Metadata.Loopback.ServiceCatalog]::new()
        $server = [PaperTools.Tests.Metadata.Loopback.LoopbackServices]::new($catalog)
        $env:PAPERTOOLS_ARXIV_API = $server.ArxivApi
        $env:PAPERTOOLS_HUGGINGFACE_API = $server.HuggingFaceApi
        $env:PAPERTOOLS_CROSSREF_API = $server.CrossrefApi
        $server
    }

    $script:kernelTitle = 'Learning Theory for Kernel Bilevel Optimization'
}

AfterAll {
    foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
}

Describe 'Update-PaperMetadata' {
    BeforeEach {
        $script:server = Start-Services
        $script:cache = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
    }
    AfterEach {
        $server.Dispose()
    }

    It 'makes the daily recipe citable: Import-PaperDigest | Update-PaperMetadata | Export-PaperBibTeX -Append' {
        $papers = @(Import-PaperDigest $digest)
        $day = $papers[0].DigestDate.ToString('yyyy-MM-dd')
        $n = 14000
        foreach ($paper in $papers) {
            $n++
            $server.Catalog.AddToDailyList($day, (New-Record "2508.$n" $paper.Title @('Joan Solà', "Author $n")))
        }
        $bib = Join-Path $TestDrive 'library.bib'

        Import-PaperDigest $digest | Update-PaperMetadata -CachePath $cache | Export-PaperBibTeX -Path $bib -Append

        $text = Get-Content -LiteralPath $bib -Raw
        ([regex]::Matches($text, '(?m)^@')).Count | Should -Be $papers.Count
        ([regex]::Matches($text, '(?m)^\s+author\s+=')).Count | Should -Be $papers.Count
        ([regex]::Matches($text, '(?m)^\s+year\s+=\s+\{2025\}')).Count | Should -Be $papers.Count
        $text | Should -Match 'Sol\{\\`a\}'
        # One request to Hugging Face for the day's list, one id_list request to arXiv for every paper.
        $server.Count('hf') | Should -Be 1
        $server.Count('arxiv') | Should -Be 1
    }

    It 'says what it filled and from where, and keeps the papers in order' {
        $server.Catalog.AddToDailyList('2025-08-20', (New-Record '2502.08457' $kernelTitle @('Fares El Khoury', 'Samuel Vaiter')))
        $input = @(
            [PaperTools.Paper]@{ Title = 'First, not known anywhere' }
            [PaperTools.Paper]@{ Title = $kernelTitle; DigestDate = [datetime]'2025-08-20' }
        )

        $out = @($input | Update-PaperMetadata -Source HuggingFace -CachePath $cache -WarningVariable warnings 3>$null)

        $out.Count | Should -Be 2
        $out[0] | Should -Be $input[0]
        $out[1].ArxivId | Should -Be '2502.08457'
        $out[1].Authors | Should -Be @('Fares El Khoury', 'Samuel Vaiter')
        $out[1].Year | Should -Be 2025
        $out[1].MetadataSource | Should -Be 'arxiv 2502.08457 via Hugging Face daily papers 2025-08-20, title match 1.00: ArxivId, Authors, Published, Year, Url, PdfUrl, Abstract'
        $input[1].ArxivId | Should -BeNullOrEmpty
        $warnings.Count | Should -Be 1
        "$warnings" | Should -Match "1 of 2 papers were not found and pass through unchanged: 'First, not known anywhere'"
    }

    It 'passes 250 papers through in windows of 100, the last one partial, each in its place' {
        $in = foreach ($i in 1..250) { [PaperTools.Paper]@{ Title = "Made-up paper number $i" } }
        $out = @($in | Update-PaperMetadata -Source HuggingFace -CachePath $cache -Offline 3>$null)
        $out.Count | Should -Be 250
        foreach ($i in 0, 99, 100, 199, 200, 249) { [object]::ReferenceEquals($out[$i], $in[$i]) | Should -BeTrue }
        $server.Requests.Count | Should -Be 0
    }

    It 'sends no request the second time (warm cache), and none with -Offline' {
        $server.Catalog.Add((New-Record '2502.08457' $kernelTitle @('Samuel Vaiter')))
        $paper = [PaperTools.Paper]@{ Title = $kernelTitle }
        $null = $paper | Update-PaperMetadata -Source HuggingFace -CachePath $cache
        $sent = $server.Requests.Count
        $sent | Should -Be 1

        $again = $paper | Update-PaperMetadata -Source HuggingFace -CachePath $cache -Verbose 4>&1
        $server.Requests.Count | Should -Be $sent
        ($again | Where-Object { $_ -is [PaperTools.Paper] }).ArxivId | Should -Be '2502.08457'
        ($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Select-Object -Last 1).Message |
            Should -Match '^Requests sent: Hugging Face 0, arXiv 0, Crossref 0; answered from the cache'

        $offline = $paper | Update-PaperMetadata -Offline -CachePath (Join-Path $TestDrive 'empty') 3>$null
        $server.Requests.Count | Should -Be $sent
        $offline | Should -Be $paper
    }

    It 'writes a named non-terminating error for a server error and lets the papers through' {
        $server.Enqueue('hf', [PaperTools.Tests.Metadata.Loopback.Fault]::Status(503, $null, 'Service Unavailable'))
        $papers = @([PaperTools.Paper]@{ Title = 'One' }, [PaperTools.Paper]@{ Title = 'Two' })

        $out = @($papers | Update-PaperMetadata -Source HuggingFace -CachePath $cache -MaximumRetryCount 0 -ErrorVariable failures -ErrorAction SilentlyContinue 3>$null)

        $out.Count | Should -Be 2
        $out[0] | Should -Be $papers[0]
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "MetadataServiceUnavailable,$commandId"
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failures[0].TargetObject | Should -Match '/hf/api/papers/search\?q=One$'
        # Hugging Face is not asked again in this run.
        $server.Count('hf') | Should -Be 1
    }

    It 'names an HTML page where JSON was expected MetadataResponseInvalid' {
        $server.Enqueue('hf', [PaperTools.Tests.Metadata.Loopback.Fault]::HtmlPage(200))
        $null = [PaperTools.Paper]@{ Title = 'One' } | Update-PaperMetadata -Source HuggingFace -CachePath $cache -ErrorVariable failures -ErrorAction SilentlyContinue 3>$null
        $failures[0].FullyQualifiedErrorId | Should -Be "MetadataResponseInvalid,$commandId"
        "$($failures[0])" | Should -Match 'HTML page \(Sign in - Network Access\)'
    }

    It 'names a reply that does not come in time MetadataTimeout' {
        $server.Enqueue('hf', [PaperTools.Tests.Metadata.Loopback.Fault]::Slow([timespan]::FromSeconds(4)))
        $null = [PaperTools.Paper]@{ Title = 'One' } | Update-PaperMetadata -Source HuggingFace -CachePath $cache -TimeoutSec 1 -MaximumRetryCount 0 -ErrorVariable failures -ErrorAction SilentlyContinue 3>$null
        $failures[0].FullyQualifiedErrorId | Should -Be "MetadataTimeout,$commandId"
        $failures[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'turns arXiv''s error feed into MetadataResponseInvalid quoting arXiv' {
        $server.Enqueue('arxiv', [PaperTools.Tests.Metadata.Loopback.Fault]::ArxivError('incorrect id format for 9999.99999'))
        $paper = [PaperTools.Paper]@{ Title = 'Mistyped'; ArxivId = '9999.99999' }
        $out = $paper | Update-PaperMetadata -Source Arxiv -CachePath $cache -ErrorVariable failures -ErrorAction SilentlyContinue
        $out | Should -Be $paper
        $failures[0].FullyQualifiedErrorId | Should -Be "MetadataResponseInvalid,$commandId"
        "$($failures[0])" | Should -Match 'incorrect id format for 9999\.99999'
    }

    It 'stops at the first error with -ErrorAction Stop' {
        $server.Enqueue('hf', [PaperTools.Tests.Metadata.Loopback.Fault]::Status(500))
        { [PaperTools.Paper]@{ Title = 'One' } | Update-PaperMetadata -Source HuggingFace -CachePath $cache -MaximumRetryCount 0 -ErrorAction Stop } |
            Should -Throw -ErrorId 'MetadataServiceUnavailable,PaperTools.Commands.UpdatePaperMetadataCommand'
    }

    It 'keeps stated values unless -Force' {
        $server.Catalog.Add((New-Record '2502.08457' $kernelTitle @('Fares El Khoury', 'Samuel Vaiter')))
        $paper = [PaperTools.Paper]@{ Title = $kernelTitle; ArxivId = '2502.08457'; Authors = @('F. El Khoury') }

        ($paper | Update-PaperMetadata -Source HuggingFace -CachePath $cache).Authors | Should -Be @('F. El Khoury')
        ($paper | Update-PaperMetadata -Source HuggingFace -CachePath $cache -Force).Authors | Should -Be @('Fares El Khoury', 'Samuel Vaiter')
        $paper.Authors | Should -Be @('F. El Khoury')
    }

    It 'asks only the services -Source names' {
        $null = [PaperTools.Paper]@{ Title = 'Nowhere to be found' } | Update-PaperMetadata -Source Crossref -CachePath $cache 3>$null
        $server.Count('hf') | Should -Be 0
        $server.Count('arxiv') | Should -Be 0
        $server.Count('crossref') | Should -Be 1
    }

    It 'names PaperTools, its version and the -Contact address in every request' {
        $null = [PaperTools.Paper]@{ Title = 'Nowhere to be found' } | Update-PaperMetadata -Source HuggingFace, Crossref -Contact 'librarian@example.org' -CachePath $cache 3>$null
        $version = (Get-Module PaperTools).Version
        $server.Requests | ForEach-Object { $_.UserAgent | Should -Be "PaperTools/$version (+https://github.com/papertools/PaperTools; mailto:librarian@example.org)" }
        ($server.Requests | Where-Object Service -eq 'crossref').Query | Should -Match 'mailto=librarian%40example\.org'
    }

    It 'rejects a -Contact that is not an e-mail address' {
        { [PaperTools.Paper]@{ Title = 'x' } | Update-PaperMetadata -Contact 'not an address' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,PaperTools.Commands.UpdatePaperMetadataCommand'
    }

    It 'sends nothing with -WhatIf and passes the papers through' {
        $paper = [PaperTools.Paper]@{ Title = 'One' }
        $out = $paper | Update-PaperMetadata -CachePath $cache -WhatIf
        $out | Should -Be $paper
        $server.Requests.Count | Should -Be 0
    }

    It 'shows progress: papers resolved of those received, and the service it waits for' {
        $server.Catalog.Add((New-Record '2502.08457' $kernelTitle @('Samuel Vaiter')))
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
                param($module, $cache, $title)
                Import-Module $module
                $ProgressPreference = 'Continue'
                [PaperTools.Paper]@{ Title = $title } | Update-PaperMetadata -Source HuggingFace -CachePath $cache
            }).AddArgument((Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).AddArgument($cache).AddArgument($kernelTitle)
        $out = $ps.Invoke()
        $progress = @($ps.Streams.Progress)
        $ps.Dispose()
        $out[0].ArxivId | Should -Be '2502.08457'
        $progress.CurrentOperation | Should -Contain 'asking Hugging Face: paper search'
        $progress.StatusDescription | Should -Contain '1 of 1 papers resolved'
        $progress[-1].RecordType | Should -Be 'Completed'
    }

    It 'stops promptly on Ctrl+C while waiting for a slow service' {
        $server.Enqueue('hf', [PaperTools.Tests.Metadata.Loopback.Fault]::Slow([timespan]::FromSeconds(30)))
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
                param($module, $cache)
                Import-Module $module
                [PaperTools.Paper]@{ Title = 'One' } | Update-PaperMetadata -Source HuggingFace -CachePath $cache -TimeoutSec 60
            }).AddArgument((Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).AddArgument($cache)
        $async = $ps.BeginInvoke()
        $deadline = [datetime]::UtcNow.AddSeconds(20)
        while ($server.Count('hf') -eq 0 -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        $server.Count('hf') | Should -Be 1
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $ps.Stop()
        $watch.Stop()
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
        $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        $ps.Dispose()
    }
}
