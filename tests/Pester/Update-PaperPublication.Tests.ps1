# Update-PaperPublication against loopback arXiv, Crossref, OpenAlex and Semantic Scholar replaying the world of
# tests/Fixtures/publication (its README names each case and the real replies the shapes come from). The server is
# the one Update-PaperMetadata's tests compile; the replies come from PublicationReplies.cs, compiled here too.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:commandId = 'PaperTools.Commands.UpdatePaperPublicationCommand'
    $script:library = Join-Path $PSScriptRoot '../Fixtures/publication/library.bib'
    $loopback = Get-ChildItem (Join-Path $PSScriptRoot '../PaperTools.Core.Tests/Metadata/Loopback') -Filter *.cs | ForEach-Object FullName
    if (-not ('PaperTools.Tests.Metadata.Loopback.LoopbackServices' -as [type])) { Add-Type -Path $loopback }
    if (-not ('PaperTools.Tests.Publication.PublicationReplies' -as [type])) {
        Add-Type -Path (Join-Path $PSScriptRoot '../PaperTools.Core.Tests/Publication/PublicationReplies.cs') -ReferencedAssemblies System.Text.Json, System.Linq, System.Collections, System.Runtime
    }
    [PaperTools.Tests.Publication.PublicationReplies]::Root = Join-Path $PSScriptRoot '../Fixtures'

    $script:variables = 'PAPERTOOLS_ARXIV_API', 'PAPERTOOLS_CROSSREF_API', 'PAPERTOOLS_OPENALEX_API', 'PAPERTOOLS_SEMANTICSCHOLAR_API'
    $script:saved = @{}
    foreach ($name in $variables) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }

    function Start-World {
        $server = [PaperTools.Tests.Metadata.Loopback.LoopbackServices]::new([PaperTools.Tests.Metadata.Loopback.ServiceCatalog]::new())
        foreach ($r in [PaperTools.Tests.Publication.PublicationReplies]::ArxivRecords()) {
            $known = [PaperTools.Tests.Metadata.Loopback.KnownPaper]::new()
            $known.ArxivId = $r.Id; $known.Version = 2; $known.Title = $r.Title; $known.Authors = $r.Authors
            $known.Doi = $r.Doi; $known.JournalRef = $r.JournalRef; $known.Abstract = "The abstract of $($r.Title)."
            $known.Published = [datetime]::new(2000 + [int]$r.Id.Substring(0, 2), [int]$r.Id.Substring(2, 2), 11)
            $server.Catalog.Add($known)
        }
        foreach ($r in [PaperTools.Tests.Publication.PublicationReplies]::Replays()) {
            $server.Replay($r.PathAndQuery, 200, 'application/json; charset=utf-8', $r.Body)
        }
        $env:PAPERTOOLS_ARXIV_API = $server.ArxivApi
        $env:PAPERTOOLS_CROSSREF_API = $server.CrossrefApi
        $env:PAPERTOOLS_OPENALEX_API = $server.Root + '/openalex'
        $env:PAPERTOOLS_SEMANTICSCHOLAR_API = $server.Root + '/s2'
        $server
    }

    # The entries of a .bib as text, by key.
    function Get-Entries([string] $Path) {
        $entries = @{}
        foreach ($m in [regex]::Matches((Get-Content -LiteralPath $Path -Raw), '(?ms)^@(?!comment)\w+\{(?<key>[^,]+),.*?^\}')) { $entries[$m.Groups['key'].Value] = $m.Value }
        $entries
    }
}

AfterAll {
    foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
}

Describe 'Update-PaperPublication' {
    BeforeEach {
        $script:server = Start-World
        $script:cache = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        $script:bib = Join-Path $TestDrive 'lib.bib'
        Copy-Item -LiteralPath $library -Destination $bib -Force
    }
    AfterEach {
        $server.Dispose()
    }

    It 'rewrites only the upgraded entries, keys unchanged, and a second run changes nothing and sends nothing' {
        $before = Get-Entries $bib
        Import-PaperBibTeX $bib | Update-PaperPublication -CachePath $cache 3>$null | Export-PaperBibTeX $bib
        $after = Get-Entries $bib

        @($after.Keys | Sort-Object) | Should -Be @($before.Keys | Sort-Object)
        $changed = @($before.Keys | Where-Object { $before[$_] -cne $after[$_] } | Sort-Object)
        $changed | Should -Be @('devlin2019bert', 'planck2018', 'silver2017mastering')
        $after['planck2018'] | Should -Match '(?m)^@article\{planck2018,'
        $after['planck2018'] | Should -Match 'journal\s*=\s*\{Astronomy \\& Astrophysics\}'
        $after['planck2018'] | Should -Match 'eprint\s*=\s*\{1807.06209\}'
        $after['devlin2019bert'] | Should -Match '(?m)^@inproceedings\{devlin2019bert,'
        $after['silver2017mastering'] | Should -Match 'doi\s*=\s*\{10.1126/science.aar6404\}'

        $sent = $server.Requests.Count
        $text = Get-Content -LiteralPath $bib -Raw
        $second = @(Import-PaperBibTeX $bib | Update-PaperPublication -CachePath $cache -AsResult 3>$null)
        @($second | Where-Object Changed).Count | Should -Be 0
        Import-PaperBibTeX $bib | Update-PaperPublication -CachePath $cache 3>$null | Export-PaperBibTeX $bib
        Get-Content -LiteralPath $bib -Raw | Should -BeExactly $text
        $server.Requests.Count | Should -Be $sent
    }

    It 'shows each change before/after with -WhatIf and passes the papers through unchanged' {
        $papers = @(Import-PaperBibTeX $bib)
        $out = @($papers | Update-PaperPublication -CachePath $cache -WhatIf 3>$null)
        $out.Count | Should -Be $papers.Count
        for ($i = 0; $i -lt $papers.Count; $i++) { [object]::ReferenceEquals($out[$i], $papers[$i]) | Should -BeTrue }

        $results = @($papers | Update-PaperPublication -CachePath $cache -WhatIf -AsResult 3>$null)
        $planck = $results | Where-Object CitationKey -eq 'planck2018'
        [object]::ReferenceEquals($planck.Paper, $planck.Original) | Should -BeTrue
        ($planck.Changes | Where-Object Field -eq 'year' | ForEach-Object { "$_" }) | Should -Be 'year: {2018} -> {2020}'
        Get-Content -LiteralPath $bib -Raw | Should -BeExactly (Get-Content -LiteralPath $library -Raw)
    }

    It 'reports retractions, withdrawals and concerns as named warnings, and marks only when asked' {
        $results = @(Import-PaperBibTeX $bib | Update-PaperPublication -CachePath $cache -AsResult -WarningVariable warnings 3>$null)
        ($warnings | ForEach-Object Message) -join "`n" | Should -Match 'PublicationRetracted.*wakefield1998ileal'
        ($warnings | ForEach-Object Message) -join "`n" | Should -Match 'PublicationWithdrawn.*roe2026withdrawn'
        ($warnings | ForEach-Object Message) -join "`n" | Should -Match 'PublicationExpressionOfConcern.*roe2026concern'
        ($warnings | ForEach-Object Message) -join "`n" | Should -Match 'PublicationPossibleMatch.*polson2018deep'
        @($results | Where-Object IsRetracted | ForEach-Object CitationKey) | Should -Be @('wakefield1998ileal', 'roe2026withdrawn')
        ($results | Where-Object CitationKey -eq 'polson2018deep').Status | Should -Be 'PossibleMatch'

        Import-PaperBibTeX $bib | Update-PaperPublication -CachePath $cache -MarkRetracted 3>$null | Export-PaperBibTeX $bib
        $entries = Get-Entries $bib
        $entries['wakefield1998ileal'] | Should -Match 'keywords\s*=\s*\{retracted\}'
        $entries['roe2026withdrawn'] | Should -Match 'keywords\s*=\s*\{withdrawn\}'
        $entries['roe2026concern'] | Should -Not -Match 'keywords'
    }

    It 'passes 250 papers through in windows of 100, the last one partial, each in its place' {
        $in = foreach ($i in 1..250) { [PaperTools.Paper]@{ Title = "Made-up paper number $i" } }
        $out = @($in | Update-PaperPublication -CachePath $cache -Offline 3>$null)
        $out.Count | Should -Be 250
        foreach ($i in 0, 99, 100, 199, 200, 249) { [object]::ReferenceEquals($out[$i], $in[$i]) | Should -BeTrue }
    }

    It 'names a service outage and lets every paper through' {
        foreach ($i in 1..20) { $server.Enqueue('crossref', [PaperTools.Tests.Metadata.Loopback.Fault]::Status(503)) }
        $server.Enqueue('arxiv', [PaperTools.Tests.Metadata.Loopback.Fault]::Status(503))
        $papers = @(Import-PaperBibTeX $bib)
        $out = @($papers | Update-PaperPublication -CachePath $cache -Source Arxiv, Crossref -ErrorVariable failures -ErrorAction SilentlyContinue 3>$null)
        $out.Count | Should -Be $papers.Count
        for ($i = 0; $i -lt $papers.Count; $i++) { [object]::ReferenceEquals($out[$i], $papers[$i]) | Should -BeTrue }
        $failures[0].FullyQualifiedErrorId | Should -Be "MetadataServiceUnavailable,$commandId"
    }

    It 'leaves a file that bibtool, biber and bibtex accept' {
        # A missing judge fails the test, as in the xunit judges: bibtool, biber, texlive-binaries and texlive-base.
        foreach ($judge in 'bibtool', 'biber', 'bibtex') { Get-Command $judge -ErrorAction Ignore | Should -Not -BeNullOrEmpty -Because "$judge judges the file" }
        Import-PaperBibTeX $bib | Update-PaperPublication -CachePath $cache -MarkRetracted 3>$null | Export-PaperBibTeX $bib
        Push-Location $TestDrive
        try {
            $tool = & bibtool -d -o (Join-Path $TestDrive 'bibtool-out.bib') $bib 2>&1
            $LASTEXITCODE | Should -Be 0
            "$tool" | Should -BeNullOrEmpty
            $biber = & biber --tool --validate-datamodel "--output-file=$(Join-Path $TestDrive 'biber-out.bib')" $bib 2>&1
            $LASTEXITCODE | Should -Be 0
            @($biber | Where-Object { "$_" -match '^(WARN|ERROR)' }) | Should -BeNullOrEmpty
            $keys = (Get-Entries $bib).Keys
            Set-Content -LiteralPath paper.aux -Value ((@($keys | ForEach-Object { "\citation{$_}" }) + '\bibstyle{plain}', '\bibdata{lib}') -join "`n")
            $null = & bibtex paper 2>&1
            $LASTEXITCODE | Should -Be 0
            Get-Content paper.blg -Raw | Should -Not -Match 'Warning--|error message'
        }
        finally { Pop-Location }
    }
}
