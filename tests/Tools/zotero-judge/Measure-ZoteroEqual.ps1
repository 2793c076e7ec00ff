#Requires -Version 7.2
<#
.SYNOPSIS
    Share of items Zotero reads back equal from PaperTools' RIS, CSL-JSON and .bib of real .bib, RIS and CSL-JSON
    files, against Zotero's own round trip of the same files.
.DESCRIPTION
    The judge is Zotero's importer (../shared/tools/zotero-judge). For each source file: PaperTools reads it
    (Import-PaperBibTeX for .bib, Import-PaperDigest otherwise) and writes each export; Zotero's items of the export
    are matched by title (in order, for repeated titles) against Zotero's items of the original and compared field
    by field, notes, tags, attachments, extra and catalog aside. As issue 19 defines it, a field counts
    as kept where PaperTools' value equals Zotero's from the original, or where Zotero's own round trip of the
    original through the same format (import, Zotero's export, import) changes or loses it too: that is the format's
    or Zotero's limit. An item Zotero does not get back from PaperTools' file is lost, whatever the baseline.
    Prints per source format and export: items equal (and equal without the baseline), items lost; with -Fields,
    which fields differ how often; -Show prints Zotero's two values of the fields named.
    Beside the strict figure, items equal but for additions: a field Zotero leaves empty from the original that it
    fills from PaperTools' file ("+field" under -Fields), as the arXiv url, archive, archiveLocation and DOI that
    PaperTools writes from a .bib's archivePrefix and eprint (Zotero's BibTeX import ignores archivePrefix), or a RIS
    tag Zotero's import does not read for that type. The first two figures count them against PaperTools; -Additions
    prints every one with its value, for review. Values changed or lost always count against PaperTools.
.EXAMPLE
    dotnet build; pwsh tests/Tools/zotero-judge/Measure-ZoteroEqual.ps1 -Fields
#>
param(
    [ValidateSet('.bib', 'RIS', 'CSL-JSON')] [string[]] $Source = @('.bib', 'RIS', 'CSL-JSON'),
    [string[]] $Path,
    [string] $Judge = (Join-Path $PSScriptRoot '../../../../shared/tools/zotero-judge/zotero_import.sh'),
    [switch] $Fields,
    [switch] $Titles,
    [switch] $Additions,
    [string[]] $Show = @()
)
$ErrorActionPreference = 'Stop'
$quiet = @{ WarningAction = 'SilentlyContinue'; ErrorAction = 'SilentlyContinue' }
Import-Module (Join-Path $PSScriptRoot '../../../output/PaperTools/PaperTools.psd1') -Force
$fixtures = Join-Path $PSScriptRoot '../../Fixtures'
$ignored = 'key', 'version', 'notes', 'tags', 'attachments', 'extra', 'libraryCatalog', 'seeAlso',
    'relations', 'collections', 'itemID'

# The real files of each source format: test corpora of other projects, named in each folder's README.
$sources = [ordered]@{
    '.bib'     = { (Get-ChildItem (Join-Path $fixtures 'bibtex/real') -Filter *.bib).FullName }
    'RIS'      = { (Get-ChildItem (Join-Path $fixtures 'ris/real') -Filter *.ris).FullName }
    'CSL-JSON' = {
        (Get-ChildItem (Join-Path $fixtures 'csl-json/real') -Filter *.json).FullName
        (Get-ChildItem (Join-Path $fixtures 'csl-json/*') -Include 'zotero_bbt_*.json', 'test-suite_*.json').FullName
    }
}
$exports = [ordered]@{
    'RIS'      = @{ Extension = '.ris'; Zotero = 'ris'
        Write = { param($p, $o) $p | Export-PaperRis -LiteralPath $o @quiet } }
    'CSL-JSON' = @{ Extension = '.json'; Zotero = 'csljson'
        Write = { param($p, $o) $p | Export-PaperCslJson -LiteralPath $o @quiet } }
    '.bib'     = @{ Extension = '.bib'; Zotero = 'bibtex'
        Write = { param($p, $o) $p | Export-PaperBibTeX -LiteralPath $o @quiet } }
}

function Get-ZoteroJson([string] $LiteralPath) {
    $json = & $Judge $LiteralPath 2>$null
    if ($LASTEXITCODE -ne 0) { return $null }
    $json -join "`n"
}

function Get-ZoteroItem([string] $Json) {
    if (-not $Json) { return @() }
    @($Json | ConvertFrom-Json -Depth 20) | Where-Object itemType -NotIn 'note', 'attachment'
}

# Field name -> comparable text, for the fields Zotero filled.
function Get-Shape($item) {
    $shape = [ordered]@{}
    if ($null -eq $item) { return $shape }
    foreach ($p in $item.PSObject.Properties | Sort-Object Name) {
        if ($p.Name -in $ignored -or $null -eq $p.Value -or '' -eq $p.Value) { continue }
        if ($p.Value -is [array] -and $p.Value.Count -eq 0) { continue }
        $shape[$p.Name] = $p.Value | ConvertTo-Json -Compress -Depth 10
    }
    $shape
}

# An item's title as Zotero's base field: a case's caseName, a statute's nameOfAct, an e-mail's subject.
function Get-Title($Item) {
    [string] $(foreach ($f in 'title', 'caseName', 'nameOfAct', 'subject') { if ($Item.$f) { $Item.$f; break } })
}

# Each original item's counterpart among $Items: the item in the same place when there are as many (every writer and
# Zotero keep the order of the file), else the next unmatched item of the same title and first creator, else of the
# same title and type, else of the same title, else (a title Zotero read with its TeX macros raw from the original and
# decoded from PaperTools' file) the next unmatched item after the last one matched of the same first creator, of the
# same type first (also before an untitled item of another first creator: no title names no work); $null when none is
# left.
# The counts differ where PaperTools writes entries Zotero's BibTeX import discards (@set, @xdata, types it lacks).
function Get-Counterpart($Original, $Items) {
    if (@($Items).Count -eq @($Original).Count) { return , @($Items) }
    $left = [Collections.Generic.List[object]]::new()
    foreach ($item in $Items) { $left.Add($item) }
    $creator = { param($i) if ($i.creators) { [string] ($i.creators[0].lastName + $i.creators[0].name) } }
    $last = -1
    , @(foreach ($item in $Original) {
        $t = Get-Title $item
        $c = & $creator $item
        $same = @($left | Where-Object { (Get-Title $_) -eq $t })
        $match = @($same | Where-Object { (& $creator $_) -eq $c }) + @($same | Where-Object itemType -EQ $item.itemType) +
            $same | Select-Object -First 1
        $weak = -not $t -and $match -and (& $creator $match) -ne $c
        if (($null -eq $match -or $weak) -and $c) {
            $after = @($Items | Select-Object -Skip ($last + 1) |
                Where-Object { $left.Contains($_) -and (& $creator $_) -eq $c })
            $match = @($after | Where-Object itemType -EQ $item.itemType) + $after + @($match) | Select-Object -First 1
        }
        if ($null -eq $match) { $null; continue }
        [void] $left.Remove($match)
        $last = [array]::IndexOf(@($Items), $match)
        $match
    })
}

$work = Join-Path ([IO.Path]::GetTempPath()) ("zotero-measure-" + [guid]::NewGuid())
New-Item -ItemType Directory $work | Out-Null
$rows = [ordered]@{}
try {
    foreach ($from in $Source) {
        $files = if ($Path) { $Path } else { & $sources[$from] }
        foreach ($name in $exports.Keys) {
            $rows["$from -> $name"] = @{ Total = 0; Equal = 0; Strict = 0; Adding = 0; TeX = 0; Lost = 0; Diff = @{}
                Added = @{} }
        }
        foreach ($file in $files) {
            $originalJson = Get-ZoteroJson $file
            $original = @(Get-ZoteroItem $originalJson)
            $originalPath = Join-Path $work 'original.json'
            Set-Content -LiteralPath $originalPath -Value $originalJson -NoNewline
            $papers = if ($from -eq '.bib') { @(Import-PaperBibTeX -LiteralPath $file @quiet) }
                else { @(Import-PaperDigest -LiteralPath $file @quiet) }
            $stem = [IO.Path]::GetFileNameWithoutExtension($file)
            foreach ($name in $exports.Keys) {
                $row = $rows["$from -> $name"]
                $row.Total += $original.Count
                $out = Join-Path $work ($stem + $exports[$name].Extension)
                Remove-Item -LiteralPath $out -ErrorAction Ignore
                & $exports[$name].Write $papers $out
                $ours = if (Test-Path -LiteralPath $out) {
                        Get-Counterpart $original (Get-ZoteroItem (Get-ZoteroJson $out))
                    }
                    else { , @($original | ForEach-Object { $null }) }
                # Zotero's own round trip of the original through the same format: the format's and Zotero's limits.
                $trip = Join-Path $work ($stem + '.zotero' + $exports[$name].Extension)
                & $Judge --export $exports[$name].Zotero $originalPath 2>$null | Set-Content -LiteralPath $trip
                $theirs = Get-Counterpart $original (Get-ZoteroItem (Get-ZoteroJson $trip))
                for ($i = 0; $i -lt $original.Count; $i++) {
                    $t = Get-Title $original[$i]
                    if ($null -eq $ours[$i]) {
                        $row.Lost++; $row.Diff['(item lost)']++
                        if ($Titles) { Write-Host "$from -> $name lost: $t  [$([IO.Path]::GetFileName($file))]" }
                        continue
                    }
                    $a = Get-Shape $original[$i]; $b = Get-Shape $ours[$i]; $z = Get-Shape $theirs[$i]
                    $differing = @($a.Keys + $b.Keys | Select-Object -Unique | Where-Object { $a[$_] -ne $b[$_] })
                    $ours_ = @($differing | Where-Object { $a[$_] -eq $z[$_] })
                    # A field Zotero leaves empty from the original that PaperTools fills from the same record.
                    $filled = @($ours_ | Where-Object { -not $a.Contains($_) })
                    if ($differing.Count -eq 0) { $row.Strict++ }
                    if ($ours_.Count -eq 0) { $row.Equal++ }
                    if ($ours_.Count -eq $filled.Count) { $row.Adding++ }
                    # Fields whose value Zotero read from the original still holds TeX (a command, math): its
                    # reading, not the file's, differs from PaperTools' decoded text.
                    $tex = @($ours_ | Where-Object { $a[$_] -match '\\\\[A-Za-z]|\$' })
                    if (@($ours_ | Where-Object { $_ -notin $filled -and $_ -notin $tex }).Count -eq 0) { $row.TeX++ }
                    foreach ($f in $ours_) {
                        if ($f -in $filled) { $row.Added["+$f"]++ } else { $row.Diff[$f]++ }
                        if ($f -in $Show -or ($Additions -and $f -in $filled)) {
                            Write-Host "$from -> $name $f of '$t': $($a[$f]) -> $($b[$f])"
                        }
                    }
                }
            }
        }
    }
}
finally { Remove-Item -Recurse -Force $work }

foreach ($key in $rows.Keys) {
    $r = $rows[$key]
    $share = { param($n) $n / [math]::Max(1, $r.Total) }
    ('{0,-21} {1,4} of {2,4} equal ({3:P1}; {4:P1} without the baseline; {5:P1} but for additions; {6:P1} but for ' +
        'additions and TeX Zotero left literal), {7} lost') -f $key, $r.Equal, $r.Total, (& $share $r.Equal),
        (& $share $r.Strict), (& $share $r.Adding), (& $share $r.TeX), $r.Lost
    if ($Fields) {
        $r.Diff.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 12 |
            ForEach-Object { '    {0,5}  {1}' -f $_.Value, $_.Key }
        $r.Added.GetEnumerator() | Sort-Object Value -Descending |
            ForEach-Object { '    {0,5}  {1}' -f $_.Value, $_.Key }
    }
}
