# How the module loads: its own AssemblyLoadContext for Core and HtmlAgilityPack, the model types nameable
# from scripts. Each case runs in a fresh pwsh, because what is already loaded is exactly what is under test.

BeforeAll {
    $module = (Resolve-Path (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).Path
    $htmlDigest = (Resolve-Path (Join-Path $PSScriptRoot '../Fixtures/huggingface-html/daily_papers_2025-08-25.html')).Path
    $pwsh = Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })

    # The NuGet package folder build.ps1 restored tests/Pester/PesterDependencies.csproj into.
    $packages = if ($env:PAPERTOOLS_TEST_PACKAGES) { $env:PAPERTOOLS_TEST_PACKAGES }
                elseif ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES }
                else { Join-Path $HOME '.nuget/packages' }
    $olderHtmlAgilityPack = Join-Path $packages 'htmlagilitypack/1.11.46/lib/netstandard2.0/HtmlAgilityPack.dll'

    # Runs a script in a new pwsh that has imported the module (after -BeforeImport), and returns what it wrote as JSON.
    function Invoke-FreshSession([string] $script, [string] $BeforeImport = '') {
        $preamble = "`$ErrorActionPreference = 'Stop'`n$BeforeImport`nImport-Module '$module'`n"
        $json = & $pwsh -NoProfile -NonInteractive -Command ($preamble + $script)
        if ($LASTEXITCODE -ne 0) { throw "The child pwsh failed (exit $LASTEXITCODE): $json" }
        $json | ConvertFrom-Json
    }
}

Describe 'Loading PaperTools' {
    It 'reads HTML digests after another module loaded an older HtmlAgilityPack' {
        $olderHtmlAgilityPack | Should -Exist -Because 'build.ps1 -Task Test restores it (tests/Pester/PesterDependencies.csproj)'
        $result = Invoke-FreshSession -BeforeImport "Add-Type -LiteralPath '$olderHtmlAgilityPack'" @"
`$papers = @(Import-PaperDigest -LiteralPath '$htmlDigest')
`$loaded = [System.Runtime.Loader.AssemblyLoadContext]::All | ForEach-Object {
    `$context = `$_.Name
    `$_.Assemblies | Where-Object { `$_.GetName().Name -in 'HtmlAgilityPack', 'PaperTools.Core' } |
        ForEach-Object { '{0} {1} {2}' -f `$context, `$_.GetName().Name, `$_.GetName().Version }
}
@{ Count = `$papers.Count; Loaded = @(`$loaded) } | ConvertTo-Json -Compress
"@
        $result.Count | Should -Be 22
        $result.Loaded | Should -Contain 'Default HtmlAgilityPack 1.11.46.0'
        $result.Loaded | Should -Contain 'PaperTools HtmlAgilityPack 1.13.0.0'
        $result.Loaded | Should -Contain 'PaperTools PaperTools.Core 1.0.0.0'
    }

    It 'leaves the other module its own HtmlAgilityPack' {
        $result = Invoke-FreshSession @"
`$null = Import-PaperDigest -LiteralPath '$htmlDigest'
Add-Type -LiteralPath '$olderHtmlAgilityPack'
`$doc = [HtmlAgilityPack.HtmlDocument]::new()
`$doc.LoadHtml('<p>kept</p>')
@{ Text = `$doc.DocumentNode.InnerText; Version = [HtmlAgilityPack.HtmlDocument].Assembly.GetName().Version.ToString() } | ConvertTo-Json -Compress
"@
        $result.Text | Should -Be 'kept'
        $result.Version | Should -Be '1.11.46.0'
    }

    It 'lets scripts name the model types' {
        $result = Invoke-FreshSession @"
`$paper = [PaperTools.Paper]@{ Title = 'Attention Is All You Need'; ArxivId = '1706.03762' }
@{ Id = `$paper.Id; IsPaper = (`$paper -is [PaperTools.Paper]); Format = [PaperTools.DigestFormat]::Text.ToString() } | ConvertTo-Json -Compress
"@
        $result.Id | Should -Be 'arxiv:1706.03762'
        $result.IsPaper | Should -BeTrue
        $result.Format | Should -Be 'Text'
    }

    It 'imports again with -Force and still works' {
        $result = Invoke-FreshSession @"
`$first = @(Import-PaperDigest -LiteralPath '$htmlDigest').Count
Remove-Module PaperTools
Import-Module '$module' -Force
@{ First = `$first; Second = @(Import-PaperDigest -LiteralPath '$htmlDigest').Count } | ConvertTo-Json -Compress
"@
        $result.First | Should -Be 22
        $result.Second | Should -Be 22
    }
}
