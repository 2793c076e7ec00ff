#Requires -Version 7.4
<#
.SYNOPSIS
    Builds the PaperTools module into ./output/PaperTools, runs its main job, and runs every test.
.DESCRIPTION
    Tasks run in the order given:
      Clean   removes ./output and the bin/obj folders.
      Build   `dotnet build`, which lays out ./output/PaperTools (manifest, assemblies, format file).
      Sample  the module's main job: imports the five sample digests (tests/Fixtures/text) into
              ./output/sample/library.bib, prints what it wrote, then appends the same digests again
              to show that nothing is written twice, and says how many works the digests repeat.
      Install copies the built module (Build first when there is none; with Install among the tasks, Build is in
              Release unless -Configuration says otherwise: optimised, ReadyToRun-compiled, so that a scheduled
              job's first call in a new pwsh is fast) into the user's module path, the first
              entry of $env:PSModulePath under $HOME (else ~/.local/share/powershell/Modules, or
              Documents/PowerShell/Modules on Windows), as <path>/PaperTools/<version>, replacing that version only:
              from then on `Import-Module PaperTools` and autoloading work by name in any new pwsh.
      Test    Build, then the xunit suites (`dotnet test`) and the Pester suites (tests/Pester) in a
              child pwsh, and one closing line "N passed, N failed" over both. The npm judges
              (tests/Tools/citation-js, tests/Tools/report-judge) are installed from their lock files
              first when npm is there.
    Pester 5.9.1 comes from, in this order: a Pester 5.9.1 or later 5.x already on the module path; the NuGet
    package Pester 5.9.1, restored into the NuGet cache by tests/Pester/PesterDependencies.csproj and imported
    from there (nothing is written into your module path); the PowerShell Gallery, saved into ./output/tools.
    NuGet comes before the Gallery because a machine that can build this module can already reach NuGet.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1              # Build, then Sample
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Test                          # every test, xunit and Pester
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Build,Install                 # then `pwsh -Command Update-PaperLibrary ...` anywhere
.EXAMPLE
    pwsh ./build.ps1 -Task Clean,Build,Test                     # from bash: commas without spaces, or
    pwsh ./build.ps1 Clean Build Test                           # the names as separate words
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [string[]] $Task = @('Build', 'Sample'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    # Further task names, so that `-Task Clean, Build` typed in bash (which passes "Clean," and "Build") works.
    [Parameter(ValueFromRemainingArguments, DontShow)]
    [string[]] $MoreTasks
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$solution = Join-Path $root 'PaperTools.sln'
$output = Join-Path $root 'output'
$module = Join-Path $output 'PaperTools/PaperTools.psd1'
$testResults = Join-Path $output 'TestResults'
$pesterVersion = [version]'5.9.1'
# The pwsh running this script: under the .NET tool host, (Get-Process -Id $PID).Path is dotnet, not pwsh.
$pwsh = Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Clean {
    Remove-Item -LiteralPath $output -Recurse -Force -ErrorAction SilentlyContinue
    Get-ChildItem -LiteralPath (Join-Path $root 'src'), (Join-Path $root 'tests') -Directory -Recurse -Include bin, obj |
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}

function Invoke-Build {
    Invoke-Native dotnet @('build', $solution, '--configuration', $Configuration, '--nologo')
}

function Invoke-Sample {
    if (-not (Test-Path -LiteralPath $module)) { Invoke-Build }
    $digests = Join-Path $root 'tests/Fixtures/text'
    $library = Join-Path $output 'sample/library.bib'
    # A child pwsh, so this session never loads (and on Windows locks) the module's DLLs.
    & $pwsh -NoProfile -NonInteractive -Command {
        param($module, $digests, $library)
        $ErrorActionPreference = 'Stop'
        Import-Module $module
        Remove-Item -LiteralPath $library -ErrorAction SilentlyContinue
        $null = New-Item -ItemType Directory -Force -Path (Split-Path $library)
        $written = Get-ChildItem -LiteralPath $digests -Filter *.txt | Import-PaperDigest -WarningAction SilentlyContinue |
            Export-PaperBibTeX -LiteralPath $library -PassThru
        $written | Group-Object { Split-Path -Leaf $_.Source } | Sort-Object Name |
            Format-Table @{ n = 'Digest'; e = 'Name' }, @{ n = 'Entries written'; e = 'Count' } -AutoSize | Out-String | ForEach-Object TrimEnd | Write-Host
        $written | Select-Object -First 5 | Format-Table CitationKey, Title -AutoSize | Out-String -Width 120 | ForEach-Object TrimEnd | Write-Host
        $again = Get-ChildItem -LiteralPath $digests -Filter *.txt | Import-PaperDigest -WarningAction SilentlyContinue |
            Export-PaperBibTeX -LiteralPath $library -Append -PassThru
        Write-Host "Wrote $(@($written).Count) entries to $library; appending the same digests again added $(@($again).Count)."
        $repeats = @(Get-ChildItem -LiteralPath $digests -Filter *.txt | Import-PaperDigest -WarningAction SilentlyContinue | Get-PaperDuplicate)
        Write-Host "The digests carry $(@($repeats).Count) works more than once ($(($repeats | Measure-Object Count -Sum).Sum) entries; Get-PaperDuplicate lists them), each written once."
    } -args $module, $digests, $library
    if ($LASTEXITCODE -ne 0) { throw "The sample import failed with exit code $LASTEXITCODE." }
}

function Invoke-Install {
    if (-not (Test-Path -LiteralPath $module)) { Invoke-Build }
    $version = (Import-PowerShellDataFile -LiteralPath $module).ModuleVersion
    $home_ = [IO.Path]::TrimEndingDirectorySeparator($HOME)
    $userPath = $env:PSModulePath -split [IO.Path]::PathSeparator |
        Where-Object { $_ -and $_.StartsWith($home_ + [IO.Path]::DirectorySeparatorChar) } | Select-Object -First 1
    if (-not $userPath) {
        $userPath = if ($IsWindows) { Join-Path ([Environment]::GetFolderPath('MyDocuments')) 'PowerShell/Modules' }
                    else { Join-Path ($env:XDG_DATA_HOME ?? (Join-Path $HOME '.local/share')) 'powershell/Modules' }
    }
    $target = Join-Path $userPath "PaperTools/$version"
    # A copy beside the old one first, then one rename: a pwsh starting meanwhile finds the old version or the new.
    $staging = "$target.new"
    Remove-Item -LiteralPath $staging -Recurse -Force -ErrorAction SilentlyContinue
    $null = New-Item -ItemType Directory -Force -Path $staging
    Copy-Item -Path (Join-Path (Split-Path $module) '*') -Destination $staging -Recurse -Force
    Remove-Item -LiteralPath $target -Recurse -Force -ErrorAction SilentlyContinue
    Move-Item -LiteralPath $staging -Destination $target
    Write-Host "Installed PaperTools $version into $target; 'Import-Module PaperTools' works by name in a new pwsh."
}

function Invoke-Test {
    Invoke-Build
    Restore-NodeJudges
    Remove-Item -LiteralPath $testResults -Recurse -Force -ErrorAction SilentlyContinue

    # xunit: the console shows dotnet test's own output; the counts come from its TRX files.
    & dotnet test $solution --configuration $Configuration --no-build --nologo --logger trx --results-directory (Join-Path $testResults 'xunit')
    $xunitExit = $LASTEXITCODE
    $xunit = Get-XunitCounts (Join-Path $testResults 'xunit')

    $pester = Get-PesterCounts
    Write-Host ''
    Write-Host "xunit:  $($xunit.Passed) passed, $($xunit.Failed) failed"
    Write-Host "Pester: $($pester.Passed) passed, $($pester.Failed) failed$($pester.Note)"
    if ($xunitExit -ne 0 -and $xunit.Failed -eq 0) { Write-Host "dotnet test failed (exit code $xunitExit) without a failed test: see its output above." }
    # The closing line, last whatever happened, then the exit code CI acts on.
    Write-Host "$($xunit.Passed + $pester.Passed) passed, $($xunit.Failed + $pester.Failed) failed"
    if ($xunitExit -ne 0 -or $xunit.Failed + $pester.Failed -gt 0) { exit 1 }
}

function Get-XunitCounts([string] $folder) {
    $trx = @(Get-ChildItem -LiteralPath $folder -Filter *.trx -ErrorAction SilentlyContinue)
    if ($trx.Count -eq 0) { throw "dotnet test wrote no results to $folder, so no xunit test ran: see its output above." }
    $counts = @{ Passed = 0; Failed = 0 }
    foreach ($file in $trx) {
        $counters = ([xml](Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $counts.Passed += [int]$counters.passed
        $counts.Failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }
    $counts
}

function Get-PesterCounts {
    $pesterModule = Resolve-Pester
    $summary = Join-Path $testResults 'pester.json'
    $null = New-Item -ItemType Directory -Force -Path $testResults
    # A child pwsh (this one's own executable) runs the suites, so this session never loads the module's DLLs.
    & $pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1') `
        -PesterModule $pesterModule -SummaryPath $summary -TestResultPath (Join-Path $testResults 'pester.xml') | Out-Host
    $exit = $LASTEXITCODE
    if (-not (Test-Path -LiteralPath $summary)) { throw "Pester did not finish (exit code $exit): see its output above." }
    $run = Get-Content -LiteralPath $summary -Raw | ConvertFrom-Json
    # A failed container or block (a file that does not parse, a BeforeAll that throws) is a failure of its own.
    $broken = $run.FailedContainers + $run.FailedBlocks
    $note = if ($broken -gt 0) { " ($($run.Failed) tests, $($run.FailedContainers) containers, $($run.FailedBlocks) blocks)" } else { '' }
    if ($exit -ne 0 -and $run.Failed + $broken -eq 0) { throw "Pester exited with code $exit although nothing failed: see its output above." }
    @{ Passed = $run.Passed; Failed = $run.Failed + $broken; Note = $note }
}

# The npm judges, each from its lock file, when npm is there and it is not yet installed: citation-js for the RIS and
# CSL-JSON tests, puppeteer-core and html-validate for the report tests (which also need apt's chromium).
function Restore-NodeJudges {
    foreach ($judge in @('citation-js', 'report-judge')) {
        $folder = Join-Path $root "tests/Tools/$judge"
        if (Test-Path -LiteralPath (Join-Path $folder 'node_modules')) { continue }
        if (-not (Get-Command npm -ErrorAction SilentlyContinue)) {
            Write-Warning "npm is not installed, so the $judge judge tests will fail or be skipped (apt-get install nodejs npm)."
            continue
        }
        & npm ci --prefix $folder --no-audit --no-fund | Out-Host
        if ($LASTEXITCODE -ne 0) { Write-Warning "npm ci failed in $folder (exit code $LASTEXITCODE); its judge tests will fail or be skipped." }
    }
}

# The path of a Pester module manifest, from the first source that has 5.9.1 (see the help above).
# Output of the commands it runs goes to the host: a function's output is its return value.
function Resolve-Pester {
    $installed = Get-Module -ListAvailable Pester |
        Where-Object { $_.Version -ge $pesterVersion -and $_.Version.Major -eq 5 } |
        Sort-Object Version -Descending | Select-Object -First 1
    if ($installed) { return $installed.Path }

    $project = Join-Path $root 'tests/Pester/PesterDependencies.csproj'
    & dotnet restore $project --nologo --verbosity quiet | Out-Host
    if ($LASTEXITCODE -eq 0) {
        $assets = Get-Content -LiteralPath (Join-Path $root 'tests/Pester/obj/project.assets.json') -Raw | ConvertFrom-Json
        foreach ($folder in $assets.packageFolders.PSObject.Properties.Name) {
            $candidate = Join-Path $folder "pester/$pesterVersion/tools/Pester.psd1"
            if (Test-Path -LiteralPath $candidate) {
                $env:PAPERTOOLS_TEST_PACKAGES = $folder
                return $candidate
            }
        }
    }

    Write-Warning "NuGet could not restore Pester $pesterVersion; trying the PowerShell Gallery."
    $tools = Join-Path $output 'tools'
    try { Save-PSResource -Name Pester -Version $pesterVersion -Path $tools -TrustRepository -ErrorAction Stop | Out-Host }
    catch {
        throw "Pester $pesterVersion is not installed and neither NuGet nor the PowerShell Gallery could provide it ($_). " +
              "Install it with 'Install-PSResource Pester -Version $pesterVersion', or make nuget.org reachable for 'dotnet restore'."
    }
    Join-Path $tools "Pester/$pesterVersion/Pester.psd1"
}

$known = 'Clean', 'Build', 'Sample', 'Install', 'Test'
$steps = @($Task) + @($MoreTasks) | ForEach-Object { $_ -split ',' } | ForEach-Object Trim | Where-Object { $_ }
# The installed module is what scheduled jobs run: a Release build (see Install above).
if ('Install' -in $steps -and -not $PSBoundParameters.ContainsKey('Configuration')) { $Configuration = 'Release' }
foreach ($step in $steps) {
    if ($step -notin $known) { throw "Unknown task '$step'. Tasks: $($known -join ', ')." }
}
foreach ($step in $steps) {
    Write-Host "== $step" -ForegroundColor Cyan
    & "Invoke-$step"
}
