<#
.SYNOPSIS
Writes what the module makes of every fixture, so that two builds can be compared with `diff -r`.

.DESCRIPTION
Every file under tests/Fixtures (README.md files aside) is read (.bib with Import-PaperBibTeX, the rest with
Import-PaperDigest) and its papers written through every export: BibTeX, RIS, CSL-JSON, the Markdown report, rows,
duplicate groups and one search, with the error and warning records of each step. A change that claims "fixture
outputs byte-identical" runs this on both builds and diffs the two folders:

    dotnet build; dotnet pwsh -NoProfile -File tests/Tools/fixture-outputs/Write-FixtureOutputs.ps1 -Out /tmp/after
    diff -r /tmp/before /tmp/after
#>
param(
    # The output folder (emptied first).
    [Parameter(Mandatory)] [string] $Out,
    # The module manifest to test; the build's output by default.
    [string] $Module = (Join-Path $PSScriptRoot '../../../output/PaperTools/PaperTools.psd1')
)
$ErrorActionPreference = 'Continue'
Import-Module $Module -Force
$root = (Resolve-Path (Join-Path $PSScriptRoot '../../Fixtures')).Path
Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory $Out | Out-Null

$count = 0
foreach ($file in Get-ChildItem -Recurse -File $root | Where-Object Name -ne 'README.md' | Sort-Object FullName) {
    $count++
    $base = Join-Path $Out ($file.FullName.Substring($root.Length + 1) -replace '[/\\]', '__')
    try {
        $read = if ($file.Extension -eq '.bib') { 'Import-PaperBibTeX' } else { 'Import-PaperDigest' }
        $papers = @(& $read -LiteralPath $file.FullName -ErrorVariable problems -WarningVariable warnings 2>$null 3>$null)
        @($problems | ForEach-Object { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }) +
            @($warnings | ForEach-Object { "W $_" }) | Set-Content "$base.errors.txt"
        if ($papers.Count -eq 0) { continue }
        $papers | ConvertTo-PaperBibTeX 2>&1 3>&1 | Out-String | Set-Content "$base.bib"
        $papers | ConvertTo-PaperRis 2>&1 3>&1 | Out-String | Set-Content "$base.ris"
        $papers | ConvertTo-PaperCslJson 2>&1 3>&1 | Out-String | Set-Content "$base.csl.json"
        $papers | ConvertTo-PaperReport -Format Markdown 2>&1 3>&1 | Out-String | Set-Content "$base.md"
        $papers | ConvertTo-PaperRow 2>&1 3>&1 | Format-List * | Out-String -Width 300 | Set-Content "$base.rows.txt"
        $papers | Get-PaperDuplicate 2>&1 3>&1 | Format-List * | Out-String -Width 300 | Set-Content "$base.dups.txt"
        $papers | Find-Paper -Query 'learning OR model' 2>&1 3>&1 | Select-Object Title, Score |
            Out-String -Width 300 | Set-Content "$base.find.txt"
    } catch {
        "EXCEPTION $($_.FullyQualifiedErrorId) $_" | Add-Content "$base.errors.txt"
    }
}
"$count fixtures written to $Out"
