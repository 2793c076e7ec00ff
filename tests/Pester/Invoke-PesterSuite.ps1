<#
.SYNOPSIS
    Runs every Pester suite in this folder against the built module and writes the counts to a JSON file.
.DESCRIPTION
    build.ps1 -Task Test starts this in a child pwsh (so the build session never loads the module's DLLs) and
    reads the counts back. It can also be run by hand after a build:
        pwsh tests/Pester/Invoke-PesterSuite.ps1 -PesterModule ~/.nuget/packages/pester/5.9.1/tools/Pester.psd1
    The summary keeps Pester's own figures: failed tests, and apart from them failed containers and blocks (a file
    that does not parse, a BeforeAll that throws), which build.ps1 counts as failures too.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PesterModule,
    [string] $SummaryPath,
    [string] $TestResultPath
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterModule -Force

$config = New-PesterConfiguration
$config.Run.Path = $PSScriptRoot
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
if ($TestResultPath) {
    $config.TestResult.Enabled = $true
    $config.TestResult.OutputFormat = 'NUnitXml'
    $config.TestResult.OutputPath = $TestResultPath
}
$run = Invoke-Pester -Configuration $config

$summary = [ordered]@{
    Passed  = $run.PassedCount
    Failed  = $run.FailedCount
    FailedContainers = $run.FailedContainersCount
    FailedBlocks = $run.FailedBlocksCount
    Skipped = $run.SkippedCount
    NotRun  = $run.NotRunCount
    Total   = $run.TotalCount
}
if ($SummaryPath) { $summary | ConvertTo-Json | Set-Content -LiteralPath $SummaryPath -Encoding utf8NoBOM }
exit $(if ($run.Result -eq 'Passed') { 0 } else { 1 })
