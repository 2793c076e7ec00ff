#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Zotero's own importer (../shared/tools/zotero-judge, built under ~/.cache/zotero-judge) as the judge of what
# Export-PaperRis and Export-PaperCslJson write of real .bib, RIS and CSL-JSON files: Zotero's items from PaperTools'
# file against Zotero's items from the original, a field Zotero's own round trip loses too aside
# (tests/Tools/zotero-judge/Measure-ZoteroEqual.ps1). Skipped where the judge is not set up (CI cannot build it).
# The floors are today's measured figures (issue 19 aims at 99%): a regression guard, not the goal.
BeforeDiscovery {
    $script:judge = Join-Path $PSScriptRoot '../../../shared/tools/zotero-judge/zotero_import.sh'
    $script:noJudge = -not ((Test-Path (Join-Path $HOME '.cache/zotero-judge')) -and (Test-Path $judge))
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:judge = Join-Path $PSScriptRoot '../../../shared/tools/zotero-judge/zotero_import.sh'
    function Get-ZoteroItem([string] $LiteralPath) {
        $json = & $judge $LiteralPath 2>$null
        $LASTEXITCODE | Should -Be 0 -Because "Zotero imports $LiteralPath"
        @(($json -join "`n") | ConvertFrom-Json) | Where-Object itemType -NotIn 'note', 'attachment'
    }
}

Describe 'Zotero reads back what PaperTools wrote of a real .bib' -Skip:$noJudge {
    It 'keeps <Format> item types, ISBN, ISSN and edition of biblatex''s examples' -ForEach @(
        @{ Format = 'RIS'; Extension = '.ris' }
        @{ Format = 'CSL-JSON'; Extension = '.json' }
    ) {
        $bib = Join-Path $PSScriptRoot '../Fixtures/bibtex/real/biblatex-biblatex-examples.bib'
        $out = Join-Path $TestDrive ('examples' + $Extension)
        $papers = Import-PaperBibTeX -LiteralPath $bib -WarningAction SilentlyContinue
        if ($Format -eq 'RIS') { $papers | Export-PaperRis -LiteralPath $out -WarningAction SilentlyContinue -ErrorAction SilentlyContinue }
        else { $papers | Export-PaperCslJson -LiteralPath $out -WarningAction SilentlyContinue -ErrorAction SilentlyContinue }
        $original = Get-ZoteroItem $bib
        $byTitle = @{}
        Get-ZoteroItem $out | ForEach-Object { $byTitle[[string] $_.title] = $_ }
        $matched = @($original | Where-Object { $byTitle.ContainsKey([string] $_.title) })
        $matched.Count | Should -BeGreaterOrEqual ([math]::Floor($original.Count * 0.93))
        $sameType = @($matched | Where-Object { $byTitle[[string] $_.title].itemType -eq $_.itemType })
        $sameType.Count | Should -BeGreaterOrEqual ($matched.Count - 1)
        foreach ($field in 'ISBN', 'ISSN', 'edition') {
            $lost = @($matched | Where-Object { $_.$field -and $byTitle[[string] $_.title].$field -ne $_.$field })
            $lost.title | Should -BeNullOrEmpty -Because "Zotero's $field of each item comes back"
        }
    }
}

Describe 'Zotero reads back what PaperTools wrote of real RIS and CSL-JSON files' -Skip:$noJudge {
    BeforeAll {
        $script:measure = Join-Path $PSScriptRoot '../Tools/zotero-judge/Measure-ZoteroEqual.ps1'
        function Get-Figure([string] $Source) {
            $lines = & $measure -Source $Source
            $figures = @{}
            foreach ($line in $lines) {
                if ($line -match '^(?<row>\S+ -> \S+)\s+(?<equal>\d+) of\s+(?<total>\d+) equal.*, (?<lost>\d+) lost') {
                    $figures[$Matches.row] = [int] $Matches.equal, [int] $Matches.total, [int] $Matches.lost
                }
            }
            $figures
        }
    }

    It 'keeps the items of Zotero''s RIS translator tests through <Export>' -ForEach @(
        @{ Export = 'RIS'; Floor = 96 }
        @{ Export = 'CSL-JSON'; Floor = 77 }
        @{ Export = '.bib'; Floor = 84 }
    ) {
        $script:ris = if ($script:ris) { $script:ris } else { Get-Figure 'RIS' }
        $equal, $total, $lost = $ris["RIS -> $Export"]
        $total | Should -Be 98
        $lost | Should -Be 0 -Because 'every record Zotero imports, untitled ones too, is written'
        $equal | Should -BeGreaterOrEqual $Floor
    }

    It 'keeps the items of real CSL-JSON files through <Export>' -ForEach @(
        @{ Export = 'RIS'; Floor = 67 }
        @{ Export = 'CSL-JSON'; Floor = 69 }
        @{ Export = '.bib'; Floor = 68 }
    ) {
        $script:csl = if ($script:csl) { $script:csl } else { Get-Figure 'CSL-JSON' }
        $equal, $total, $lost = $csl["CSL-JSON -> $Export"]
        $total | Should -Be 71
        $lost | Should -Be 0
        $equal | Should -BeGreaterOrEqual $Floor
    }

    It 'keeps the items of real .bib files through <Export>' -ForEach @(
        # RIS and CSL-JSON carry what an entry inherits through crossref and xdata, as biber resolves it; Zotero's
        # BibTeX import does not resolve either, so the items that inherit a changed value differ. Nor does it read
        # a year behind xampl.bib's {\noopsort{1973b}}, which PaperTools writes (four items more that differ).
        @{ Export = 'RIS'; Floor = 680; Lost = 4 }
        @{ Export = 'CSL-JSON'; Floor = 676; Lost = 4 }
        @{ Export = '.bib'; Floor = 858; Lost = 0 }
    ) {
        $script:bib = if ($script:bib) { $script:bib } else { Get-Figure '.bib' }
        $equal, $total, $lost = $bib[".bib -> $Export"]
        $total | Should -Be 862
        # Lost: two entries inside an @comment and two on lines commented out with %, which Zotero's BibTeX import
        # reads as entries and PaperTools as comments.
        $lost | Should -BeLessOrEqual $Lost
        $equal | Should -BeGreaterOrEqual $Floor
    }
}
