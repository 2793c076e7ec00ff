# -Encoding means what PowerShell means by it; choosing LaTeX escapes for a .bib is -Escaping.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:title = 'Café Models for Résumés'
    $script:digest = "$($script:title)`nWe study café résumé parsing with a new model. Our experiments show that it works well on several benchmarks.`n"
    $script:ascii = "Plain Models for Resumes`nWe study plain resume parsing with a new model. Our experiments show that it works well on several benchmarks.`n"

    # The digest's bytes in an encoding, without any byte order mark, so only -Encoding can say what they are.
    function New-Digest([string] $Name, [System.Text.Encoding] $Encoding, [string] $Text = $script:digest) {
        $path = Join-Path $TestDrive "$Name.txt"
        [System.IO.File]::WriteAllBytes($path, $Encoding.GetBytes($Text))
        $path
    }
}

Describe 'Import-PaperDigest -Encoding' {
    It 'reads <Name> as PowerShell means it' -ForEach @(
        @{ Name = 'utf8'; Encoding = [System.Text.UTF8Encoding]::new($false) }
        @{ Name = 'utf8BOM'; Encoding = [System.Text.UTF8Encoding]::new($true) }
        @{ Name = 'utf8NoBOM'; Encoding = [System.Text.UTF8Encoding]::new($false) }
        @{ Name = 'unicode'; Encoding = [System.Text.UnicodeEncoding]::new($false, $false) }
        @{ Name = 'bigendianunicode'; Encoding = [System.Text.UnicodeEncoding]::new($true, $false) }
        @{ Name = 'utf32'; Encoding = [System.Text.UTF32Encoding]::new($false, $false) }
        @{ Name = 'bigendianutf32'; Encoding = [System.Text.UTF32Encoding]::new($true, $false) }
        @{ Name = 'latin1'; Encoding = [System.Text.Encoding]::Latin1 }
        @{ Name = 'windows-1252'; Encoding = [System.Text.Encoding]::GetEncoding(1252) }
        @{ Name = 'iso-8859-1'; Encoding = [System.Text.Encoding]::Latin1 }
        @{ Name = '1252'; Encoding = [System.Text.Encoding]::GetEncoding(1252) }
        @{ Name = 'oem'; Encoding = [System.Text.Encoding]::GetEncoding([System.Globalization.CultureInfo]::CurrentCulture.TextInfo.OEMCodePage) }
    ) {
        if ($Name -eq 'oem' -and -not $IsWindows) { $Encoding = [System.Text.UTF8Encoding]::new($false) }
        $path = New-Digest $Name $Encoding
        $papers = @(Import-PaperDigest -LiteralPath $path -Encoding $Name -ErrorAction Stop)
        $papers.Count | Should -Be 1
        $papers[0].Title | Should -Be $script:title
    }

    It 'reads ascii' {
        $path = New-Digest 'ascii' ([System.Text.ASCIIEncoding]::new()) $script:ascii
        (Import-PaperDigest -LiteralPath $path -Encoding ascii).Title | Should -Be 'Plain Models for Resumes'
    }

    It 'takes a code page number as an integer' {
        $path = New-Digest 'cp1252' ([System.Text.Encoding]::GetEncoding(1252))
        (Import-PaperDigest -LiteralPath $path -Encoding 1252).Title | Should -Be $script:title
    }

    It 'takes a [System.Text.Encoding] object' {
        $encoding = [System.Text.UnicodeEncoding]::new($false, $false)
        $path = New-Digest 'object' $encoding
        (Import-PaperDigest -LiteralPath $path -Encoding $encoding).Title | Should -Be $script:title
        (Import-PaperDigest -LiteralPath (New-Digest 'latin' ([System.Text.Encoding]::Latin1)) -Encoding ([System.Text.Encoding]::Latin1)).Title | Should -Be $script:title
    }

    It 'lets a byte order mark win, as Get-Content does' {
        $path = Join-Path $TestDrive 'bom.txt'
        [System.IO.File]::WriteAllText($path, $script:digest, [System.Text.UTF8Encoding]::new($true))
        (Import-PaperDigest -LiteralPath $path -Encoding unicode).Title | Should -Be $script:title
    }

    It 'refuses an unknown name at binding, listing the names it knows' {
        $path = New-Digest 'any' ([System.Text.UTF8Encoding]::new($false))
        $err = { Import-PaperDigest -LiteralPath $path -Encoding klingon-8 } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Be 'ParameterArgumentTransformationError,PaperTools.Commands.ImportPaperDigestCommand'
        $err.Exception.Message | Should -Match 'utf8BOM'
    }

    It 'warns when a file gives no papers at all, naming what it was read as' {
        $path = New-Digest 'nothing' ([System.Text.UTF8Encoding]::new($false)) "Subscribe`nAug 20`n"
        $papers = @(Import-PaperDigest -LiteralPath $path -Format Text -WarningVariable warned -WarningAction SilentlyContinue)
        $papers.Count | Should -Be 0
        "$warned" | Should -Match 'no papers in it \(read as Text, utf-8\)'
    }
}

Describe 'The BibTeX writers' {
    BeforeAll { $script:paper = [PaperTools.Paper]@{ Title = 'On Gödel'; Authors = @('Kurt Gödel'); Year = 1931 } }

    It 'choose LaTeX escapes or UTF-8 with -Escaping, not -Encoding' {
        foreach ($command in 'Export-PaperBibTeX', 'ConvertTo-PaperBibTeX') {
            (Get-Command $command).Parameters.Keys | Should -Contain 'Escaping'
            (Get-Command $command).Parameters.Keys | Should -Not -Contain 'Encoding'
        }
        $script:paper | ConvertTo-PaperBibTeX -Escaping Latex | Should -Match 'G\{\\"o\}del'
        $script:paper | ConvertTo-PaperBibTeX -Escaping Unicode | Should -Match 'Gödel'
    }

    It 'escape with LaTeX by default for BibTeX and keep UTF-8 for BibLaTeX' {
        $script:paper | ConvertTo-PaperBibTeX | Should -Match 'G\{\\"o\}del'
        $script:paper | ConvertTo-PaperBibTeX -Dialect BibLaTeX | Should -Match 'Gödel'
    }

    It 'write a UTF-8 file either way' {
        $path = Join-Path $TestDrive 'unicode.bib'
        $script:paper | Export-PaperBibTeX -Path $path -Escaping Unicode
        [System.IO.File]::ReadAllText($path, [System.Text.UTF8Encoding]::new($false, $true)) | Should -Match 'Gödel'
    }
}

Describe 'Import-PaperDigest -Format' {
    It 'refuses BibTeX, which is not a digest shape, naming the shapes' {
        $err = { Import-PaperDigest -Path $TestDrive -Format BibTeX } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Be 'CannotConvertArgumentNoMessage,PaperTools.Commands.ImportPaperDigestCommand'
        $err.Exception.Message | Should -Match 'Auto, Text, HuggingFaceHtml'
    }
}
