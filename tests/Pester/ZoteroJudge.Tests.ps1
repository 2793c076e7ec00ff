#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# Zotero's own importer (../shared/tools/zotero-judge, built under ~/.cache/zotero-judge) as the judge of what
# Export-PaperRis and Export-PaperCslJson write of a real .bib: Zotero's items from PaperTools' file against
# Zotero's items from the original, matched by title. Skipped where the judge is not set up (CI cannot build it).
# The floors are today's measured figures (issue 19 aims higher): a regression guard, not the goal.
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
