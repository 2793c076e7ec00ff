<#
.SYNOPSIS
    Runs every Pester suite in this folder against the built module and writes the counts to a JSON file.
.DESCRIPTION
    build.ps1 -Task Test starts this in a child pwsh (so the build session never loads the module's DLLs) and
    reads the counts back. It can also be run by hand after a build:
        pwsh tests/Pester/Invoke-PesterSuite.ps1 -PesterModule ~/.nuget/packages/pester/5.9.1/tools/Pester.psd1
    Failed blocks and containers (a BeforeAll that throws, a file that does not parse) count as failures too.
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
    Failed  = $run.FailedCount + $run.FailedBlocksCount + $run.FailedContainersCount
    Skipped = $run.SkippedCount
    NotRun  = $run.NotRunCount
    Total   = $run.TotalCount
}
if ($SummaryPath) { $summary | ConvertTo-Json | Set-Content -LiteralPath $SummaryPath -Encoding utf8NoBOM }
exit $(if ($summary.Failed -gt 0 -or $run.Result -ne 'Passed') { 1 } else { 0 })
