#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:commandId = 'PaperTools.Commands.ExportPaperRisCommand'

    function Get-RecordCount([string] $LiteralPath) {
        ([regex]::Matches((Get-Content -LiteralPath $LiteralPath -Raw), '(?m)^TY  - ')).Count
    }
}

Describe 'Export-PaperRis' {
    BeforeEach {
        # Fresh objects each time: a successful export sets CitationKey on the papers it wrote.
        $script:papers = @(Import-PaperDigest (Join-Path $fixtures 'arxiv-feed/cs.LG.rss.xml'))
        $script:ris = Join-Path $TestDrive ('library-{0}.ris' -f [guid]::NewGuid().ToString('N'))
    }

    It 'writes one record per paper that Import-PaperDigest reads back as RIS' {
        $papers | Export-PaperRis -Path $ris
        Get-RecordCount $ris | Should -Be $papers.Count
        $back = @(Import-PaperDigest -LiteralPath $ris)
        $back.Count | Should -Be $papers.Count
        $back | ForEach-Object { $_.SourceFormat.ToString() } | Sort-Object -Unique | Should -Be 'Ris'
        $back[0].Title | Should -Be $papers[0].Title
        $back[0].Authors[0] | Should -Be 'Kaiser, Łukasz'
        $back[0].ArxivId | Should -Be '2403.01001'
    }

    It 'adds nothing when the same papers are appended a second time, and keeps every existing byte' {
        $papers | Select-Object -First 10 | Export-PaperRis -Path $ris
        $before = [System.IO.File]::ReadAllBytes($ris)

        $papers | Export-PaperRis -Path $ris -Append
        $after = [System.IO.File]::ReadAllBytes($ris)
        [System.Linq.Enumerable]::SequenceEqual([byte[]]$after[0..($before.Length - 1)], $before) | Should -BeTrue
        Get-RecordCount $ris | Should -Be $papers.Count

        $hash = (Get-FileHash -LiteralPath $ris).Hash
        Import-PaperDigest (Join-Path $fixtures 'arxiv-feed/cs.LG.rss.xml') | Export-PaperRis -Path $ris -Append
        (Get-FileHash -LiteralPath $ris).Hash | Should -Be $hash
    }

    It 'writes nothing with -WhatIf' {
        $papers | Export-PaperRis -Path $ris -WhatIf
        Test-Path -LiteralPath $ris | Should -BeFalse
        Get-ChildItem -LiteralPath $TestDrive -Filter '*.tmp' -Force | Should -BeNullOrEmpty
    }

    It 'refuses to replace an existing file with -NoClobber, and still appends' {
        $papers | Select-Object -First 1 | Export-PaperRis -Path $ris
        { $papers | Export-PaperRis -Path $ris -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId "ExportFileExists,$commandId"
        Get-RecordCount $ris | Should -Be 1
        $papers | Export-PaperRis -Path $ris -NoClobber -Append
        Get-RecordCount $ris | Should -Be $papers.Count
    }

    It 'writes a read-only file only with -Force' {
        $papers | Select-Object -First 1 | Export-PaperRis -Path $ris
        Set-ItemProperty -LiteralPath $ris -Name IsReadOnly -Value $true
        try {
            { $papers | Export-PaperRis -Path $ris -ErrorAction Stop } | Should -Throw -ErrorId "ExportFileReadOnly,$commandId"
            $papers | Export-PaperRis -Path $ris -Force
            Get-RecordCount $ris | Should -Be $papers.Count
        }
        finally { Set-ItemProperty -LiteralPath $ris -Name IsReadOnly -Value $false }
    }

    It 'returns the written papers with their keys under -PassThru' {
        $written = @($papers | Export-PaperRis -Path $ris -PassThru)
        $written.Count | Should -Be $papers.Count
        $written[0].CitationKey | Should -Be 'kaiser2024threshold'
        (Get-Content -LiteralPath $ris -Raw) | Should -Match '(?m)^ID  - kaiser2024threshold\r?$'
    }

    It 'takes -LiteralPath, names a folder target and a non-file-system path' {
        $literal = Join-Path $TestDrive '[odd] name.ris'
        $papers | Export-PaperRis -LiteralPath $literal
        Test-Path -LiteralPath $literal | Should -BeTrue
        { $papers | Export-PaperRis -Path $TestDrive -ErrorAction Stop } | Should -Throw -ErrorId "ExportTargetInvalid,$commandId"
        { $papers | Export-PaperRis -Path 'Env:\library.ris' -ErrorAction Stop } | Should -Throw -ErrorId "PathNotFileSystem,$commandId"
    }

    It 'names a paper with nothing to cite and writes the others' {
        $empty = [PaperTools.Paper]@{ Abstract = 'no title and no id' }
        $errors = $null
        @($empty) + $papers | Export-PaperRis -Path $ris -ErrorVariable errors -ErrorAction SilentlyContinue
        @($errors).Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "ExportPaperIncomplete,$commandId"
        Get-RecordCount $ris | Should -Be $papers.Count
    }

    It 'warns once, under the reader''s id, of a record of the file it cannot read, and keeps it' {
        $broken = "TY  - JOUR`r`nER  - `r`n"
        Set-Content -LiteralPath $ris -Value $broken -NoNewline
        $warnings = $null
        $papers | Export-PaperRis -Path $ris -Append -WarningVariable warnings -WarningAction SilentlyContinue
        @($warnings).Count | Should -Be 1
        $warnings[0].Message | Should -BeLike "DigestEntryInvalid: $($ris):1: * The file keeps it as it is."
        (Get-Content -LiteralPath $ris -Raw).StartsWith($broken) | Should -BeTrue
        Get-RecordCount $ris | Should -Be ($papers.Count + 1)
    }
}
