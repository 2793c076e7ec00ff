#Requires -Version 7.2
<#
.SYNOPSIS
    Share of items Zotero reads back equal from PaperTools' RIS, CSL-JSON and .bib of real .bib files.
.DESCRIPTION
    The judge is Zotero's importer (../shared/tools/zotero-judge). For each .bib: Import-PaperBibTeX, then each
    export; Zotero's items of the export are matched by title (in order, for repeated titles) against Zotero's items
    of the original and compared field by field, notes, tags, attachments, extra, access date and catalog aside.
    Prints one line per export format (equal / items) and, with -Fields, which fields differ how often; -Show
    prints Zotero's two values of the fields named.
.EXAMPLE
    dotnet build; pwsh tests/Tools/zotero-judge/Measure-ZoteroEqual.ps1 -Fields
#>
param(
    [string[]] $Path = (Get-ChildItem (Join-Path $PSScriptRoot '../../Fixtures/bibtex/real') -Filter *.bib).FullName,
    [string] $Judge = (Join-Path $PSScriptRoot '../../../../shared/tools/zotero-judge/zotero_import.sh'),
    [switch] $Fields,
    [switch] $Titles,
    [string[]] $Show = @()
)
$ErrorActionPreference = 'Stop'
$quiet = @{ WarningAction = 'SilentlyContinue'; ErrorAction = 'SilentlyContinue' }
Import-Module (Join-Path $PSScriptRoot '../../../output/PaperTools/PaperTools.psd1') -Force
$ignored = 'key', 'version', 'notes', 'tags', 'attachments', 'extra', 'accessDate', 'libraryCatalog', 'seeAlso',
    'relations', 'collections', 'itemID'

function Get-ZoteroItem([string] $LiteralPath) {
    $json = & $Judge $LiteralPath 2>$null
    if ($LASTEXITCODE -ne 0) { return @() }
    @(($json -join "`n") | ConvertFrom-Json -Depth 20) | Where-Object itemType -NotIn 'note', 'attachment'
}

# Field name -> comparable text, for the fields Zotero filled.
function Get-Shape($item) {
    $shape = [ordered]@{}
    foreach ($p in $item.PSObject.Properties | Sort-Object Name) {
        if ($p.Name -in $ignored -or $null -eq $p.Value -or '' -eq $p.Value) { continue }
        if ($p.Value -is [array] -and $p.Value.Count -eq 0) { continue }
        $shape[$p.Name] = $p.Value | ConvertTo-Json -Compress -Depth 10
    }
    $shape
}

$exports = [ordered]@{
    'RIS'      = @{ Extension = '.ris'; Write = { param($p, $o) $p | Export-PaperRis -LiteralPath $o @quiet } }
    'CSL-JSON' = @{ Extension = '.json'; Write = { param($p, $o) $p | Export-PaperCslJson -LiteralPath $o @quiet } }
    '.bib'     = @{ Extension = '.bib'; Write = { param($p, $o) $p | Export-PaperBibTeX -LiteralPath $o @quiet } }
}
$work = Join-Path ([IO.Path]::GetTempPath()) ("zotero-measure-" + [guid]::NewGuid())
New-Item -ItemType Directory $work | Out-Null
$total = 0
$equal = @{}; $diff = @{}
foreach ($name in $exports.Keys) { $equal[$name] = 0; $diff[$name] = @{} }
try {
    foreach ($bib in $Path) {
        $original = @(Get-ZoteroItem $bib)
        $total += $original.Count
        $papers = @(Import-PaperBibTeX -LiteralPath $bib @quiet)
        foreach ($name in $exports.Keys) {
            $out = Join-Path $work ([IO.Path]::GetFileNameWithoutExtension($bib) + $exports[$name].Extension)
            & $exports[$name].Write $papers $out
            $byTitle = @{}
            if (Test-Path $out) {
                foreach ($item in Get-ZoteroItem $out) {
                    $t = [string] $item.title
                    if (-not $byTitle.ContainsKey($t)) { $byTitle[$t] = [Collections.Generic.Queue[object]]::new() }
                    $byTitle[$t].Enqueue($item)
                }
            }
            foreach ($item in $original) {
                $t = [string] $item.title
                if (-not $byTitle.ContainsKey($t) -or $byTitle[$t].Count -eq 0) {
                    $diff[$name]['(no item of that title)']++
                    if ($Titles) { Write-Host "$name missing: $t  [$([IO.Path]::GetFileName($bib))]" }
                    continue
                }
                $a = Get-Shape $item; $b = Get-Shape $byTitle[$t].Dequeue()
                $differing = @($a.Keys + $b.Keys | Select-Object -Unique | Where-Object { $a[$_] -ne $b[$_] })
                if ($differing.Count -eq 0) { $equal[$name]++ }
                foreach ($f in $differing) {
                    $diff[$name][$f]++
                    if ($f -in $Show) { Write-Host "$name $f of '$t': $($a[$f]) -> $($b[$f])" }
                }
            }
        }
    }
}
finally { Remove-Item -Recurse -Force $work }

foreach ($name in $exports.Keys) {
    '{0,-9} {1,4} of {2} equal ({3:P1})' -f $name, $equal[$name], $total, ($equal[$name] / [math]::Max(1, $total))
    if ($Fields) {
        $diff[$name].GetEnumerator() | Sort-Object Value -Descending | ForEach-Object { '    {0,5}  {1}' -f $_.Value, $_.Key }
    }
}
