#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:digest = Join-Path $PSScriptRoot '../Fixtures/text/001_f6c52202b2fcb344.txt'
    $script:commandId = 'PaperTools.Commands.ConvertToPaperBibTeXCommand'
}

Describe 'ConvertTo-PaperBibTeX' {
    BeforeEach {
        $script:papers = @(Import-PaperDigest $digest)
    }

    It 'emits one string per entry' {
        $entries = @($papers | ConvertTo-PaperBibTeX)
        $entries.Count | Should -Be $papers.Count
        foreach ($entry in $entries) {
            $entry | Should -BeOfType ([string])
            $entry | Should -Match '^@misc\{[A-Za-z0-9]+,'
            $entry | Should -Match '\}$'
        }
        $entries[0] | Should -Match '^@misc\{onePerturbationEnough,'
    }

    It 'gives every paper its own key' {
        $keys = $papers | ConvertTo-PaperBibTeX | ForEach-Object { ([regex]::Match($_, '^@misc\{([^,]+),')).Groups[1].Value }
        @($keys | Sort-Object -Unique).Count | Should -Be $papers.Count
    }

    It 'works with Select-String, one match per entry' {
        @($papers | ConvertTo-PaperBibTeX | Select-String -SimpleMatch 'onePerturbationEnough').Count | Should -Be 1
    }

    It 'writes a file Import-PaperBibTeX reads back through Set-Content' {
        $file = Join-Path $TestDrive 'converted.bib'
        $papers | ConvertTo-PaperBibTeX | Set-Content -LiteralPath $file -Encoding utf8
        $read = @(Import-PaperBibTeX -LiteralPath $file)
        $read.Count | Should -Be $papers.Count
        $read[0].Title | Should -Be $papers[0].Title
        $read[0].CitationKey | Should -Be 'onePerturbationEnough'
    }

    It 'keeps the key a paper already has' {
        $paper = [PaperTools.Paper]@{ Title = 'A Paper With A Key'; CitationKey = 'myOwnKey2020' }
        $paper | ConvertTo-PaperBibTeX | Should -Match '^@misc\{myOwnKey2020,'
    }

    It 'spells accents and Greek in LaTeX by default and keeps UTF-8 with -Escaping Unicode' {
        $paper = [PaperTools.Paper]@{ Title = 'G' + [char]0x00F6 + 'del and ' + [char]0x03B1; Authors = @('Kurt G' + [char]0x00F6 + 'del'); Year = 1931 }
        $ascii = $paper | ConvertTo-PaperBibTeX
        $ascii | Should -Match ([regex]::Escape('author        = {Kurt G{\"o}del}'))
        $ascii | Should -Match ([regex]::Escape('$\alpha$'))
        $ascii | Should -Match '(?m)^@misc\{godel1931godel,'
        $paper | ConvertTo-PaperBibTeX -Escaping Unicode | Should -Match ('Kurt G' + [char]0x00F6 + 'del')
    }

    It 'warns once for a character it cannot spell in ASCII' {
        $paper = [PaperTools.Paper]@{ Title = 'Ideogram ' + [char]0x4E2D + ' twice ' + [char]0x4E2D }
        $entry = $paper | ConvertTo-PaperBibTeX -WarningVariable warnings -WarningAction SilentlyContinue
        $entry | Should -Match ([char]0x4E2D)
        @($warnings).Count | Should -Be 1
    }

    It 'writes the same work once, and says under which key it was written' {
        $entries = $papers + $papers | ConvertTo-PaperBibTeX -Verbose 4>&1
        $said = @($entries | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        @($entries | Where-Object { $_ -is [string] }).Count | Should -Be $papers.Count
        $said.Count | Should -Be $papers.Count
        $key = [regex]::Match(($entries | Where-Object { $_ -is [string] } | Select-Object -First 1), '^@\w+\{([^,]*),').Groups[1].Value
        $said[0].Message | Should -BeLike "Already written as '$key': *"
    }

    It 'writes @article for a paper with a journal reference' {
        $paper = [PaperTools.Paper]@{
            Title = 'The Large N Limit of Superconformal Field Theories and Supergravity'
            Authors = @('Juan Maldacena'); Year = 1998; ArxivId = 'hep-th/9711200'
            JournalRef = 'Adv.Theor.Math.Phys. 2 (1998) 231-252'
        }
        $entry = $paper | ConvertTo-PaperBibTeX -Dialect BibLaTeX
        $entry | Should -Match '^@article\{maldacena1998large,'
        $entry | Should -Match 'journaltitle\s+= \{Adv\.Theor\.Math\.Phys\. 2 \(1998\) 231-252\}'
        $entry | Should -Match 'eprinttype\s+= \{arxiv\}'
    }

    It 'writes a RIS record through its item, and names what it keeps in the note' {
        $ris = Join-Path $TestDrive 'chapter.ris'
        Set-Content -LiteralPath $ris -Value @(
            'TY  - CHAP', 'TI  - A chapter', 'AU  - Doe, Jan', 'ED  - Smith, Ann', 'T2  - The book', 'PY  - 2001',
            'SP  - 12', 'EP  - 15', 'PB  - Springer', 'CY  - Berlin', 'CN  - QA76', 'ER  - ')
        $entry = Import-PaperDigest -LiteralPath $ris |
            ConvertTo-PaperBibTeX -Dialect BibLaTeX -WarningVariable warnings -WarningAction SilentlyContinue
        $entry | Should -Match '^@incollection\{'
        $fields = 'editor        = {Smith, Ann}', 'pages         = {12--15}', 'location      = {Berlin}',
            'note          = {call-number: QA76}'
        foreach ($field in $fields) {
            $entry | Should -Match ([regex]::Escape($field))
        }
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike 'BibTeXItemValueInNote*call-number*'
    }

    It 'stops with a named error for a key format it cannot read' {
        { $papers | ConvertTo-PaperBibTeX -KeyFormat '[auth:sideways]' -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXKeyFormatInvalid,$commandId"
    }
}
