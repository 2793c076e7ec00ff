<#
.SYNOPSIS
Round-trips every .bib file of a corpus through Import-PaperBibTeX | Export-PaperBibTeX, for Measure-Corpus.py.

.DESCRIPTION
For each file listed (tab-separated, the file's path in the last column) it writes two exports under -OutputFolder:
unchanged/N.bib (the papers as imported) and touched/N.bib (every paper given one extra field, x-papertools-touched,
so that every entry is laid out anew by the exporter instead of being copied). results.jsonl records per file how
many papers were read and their keys, the error and warning ids, and any terminating error.
#>
param(
    [Parameter(Mandatory)] [string] $List,
    [Parameter(Mandatory)] [string] $OutputFolder,
    [string] $Module = (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')
)
Import-Module $Module -Force
$null = New-Item -ItemType Directory -Force -Path (Join-Path $OutputFolder 'unchanged'), (Join-Path $OutputFolder 'touched')
$results = Join-Path $OutputFolder 'results.jsonl'
Set-Content -LiteralPath $results -Value $null
$index = 0
foreach ($line in Get-Content -LiteralPath $List) {
    $path = ($line -split "`t")[-1]
    $record = [ordered]@{ index = $index; path = $path; papers = 0; keys = @(); errors = @(); warnings = @(); terminating = $null }
    try {
        $papers = @(Import-PaperBibTeX -LiteralPath $path -ErrorVariable importErrors -ErrorAction SilentlyContinue -WarningVariable importWarnings -WarningAction SilentlyContinue)
        $record.papers = $papers.Count
        $record.keys = @($papers.CitationKey)
        $record.errors = @($importErrors | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] })
        $record.warnings = @($importWarnings | ForEach-Object { ("$_" -split ':')[0] })
        $papers | Export-PaperBibTeX -LiteralPath (Join-Path $OutputFolder "unchanged/$index.bib") -ErrorAction Stop -WarningAction SilentlyContinue
        foreach ($paper in $papers) { $paper.Fields.Add('x-papertools-touched', '{1}') }
        $papers | Export-PaperBibTeX -LiteralPath (Join-Path $OutputFolder "touched/$index.bib") -ErrorAction Stop -WarningAction SilentlyContinue
    }
    catch {
        $record.terminating = "$($_.FullyQualifiedErrorId): $_"
    }
    Add-Content -LiteralPath $results -Value ($record | ConvertTo-Json -Compress -Depth 3)
    $index++
}
