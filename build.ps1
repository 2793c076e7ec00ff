#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the PaperTools module into ./output/PaperTools and runs its tests.
.DESCRIPTION
    Tasks run in the order given:
      Clean  removes ./output and the bin/obj folders.
      Build  runs `dotnet build`, which lays out ./output/PaperTools (manifest, assemblies, format file).
      Test   runs the xunit suites (`dotnet test`) and then the Pester suites in tests/Pester against the
             built module. Pester 5 is installed for the current user when it is missing and the
             PowerShell Gallery is reachable.
.EXAMPLE
    ./build.ps1                 # Build, then Test
    ./build.ps1 -Task Clean, Build
#>
[CmdletBinding()]
param(
    [ValidateSet('Clean', 'Build', 'Test')]
    [string[]] $Task = @('Build', 'Test'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$solution = Join-Path $root 'PaperTools.sln'

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Clean {
    Remove-Item -LiteralPath (Join-Path $root 'output') -Recurse -Force -ErrorAction SilentlyContinue
    Get-ChildItem -LiteralPath (Join-Path $root 'src'), (Join-Path $root 'tests') -Directory -Recurse -Include bin, obj |
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}

function Invoke-Build {
    Invoke-Native dotnet @('build', $solution, '--configuration', $Configuration, '--nologo')
}

function Invoke-Test {
    Invoke-Native dotnet @('test', $solution, '--configuration', $Configuration, '--nologo')

    $pester = Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0' | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Host 'Pester 5 not found; installing it for the current user.'
        Install-Module Pester -MinimumVersion 5.0.0 -Scope CurrentUser -Force -SkipPublisherCheck
    }
    # A child process runs the Pester suites, so this session never loads (and on Windows locks) the module DLL.
    $pesterPath = (Join-Path $root 'tests/Pester').Replace("'", "''")
    $pesterRun = @"
Import-Module Pester -MinimumVersion 5.0.0
`$config = New-PesterConfiguration
`$config.Run.Path = '$pesterPath'
`$config.Run.Exit = `$true
`$config.Output.Verbosity = 'Detailed'
Invoke-Pester -Configuration `$config
"@
    $shell = (Get-Process -Id $PID).Path
    & $shell -NoProfile -NonInteractive -Command $pesterRun
    if ($LASTEXITCODE -ne 0) { throw "Pester reported $LASTEXITCODE failed test(s)." }
}

foreach ($step in $Task) {
    Write-Host "== $step" -ForegroundColor Cyan
    & "Invoke-$step"
}
