BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:real = Join-Path $PSScriptRoot '../Fixtures/bibtex/real'
    $script:importId = 'PaperTools.Commands.ImportPaperBibTeXCommand'
    $script:library = @'
% Kept with JabRef.
@string{ pami = "IEEE Transactions on Pattern Analysis" }

@Article{dibattista1999,
  Author  = {{Di Battista}, Giuseppe and {T}utte, W. T.},
  Title   = {Typesetting graphs with {\TeX}},
  Journal = pami # " (Special Issue)",
  Year    = 1999,
  Pages   = {87--89},
}

@inproceedings{,
  title = {An entry without a key}, % JabRef writes these
  booktitle = {Proceedings},
}

%@BOOK{commented,
%  title = {Commented out}
%}

@book{hindi, title = {Devanagari digits}, YEAR = {१९८७}}

@comment{jabref-meta: databaseType:bibtex;}
'@
}

Describe 'Import-PaperBibTeX and Export-PaperBibTeX keep a library whole' {
    BeforeEach {
        $script:bib = Join-Path $TestDrive ('lib-{0}.bib' -f [guid]::NewGuid().ToString('N'))
        [System.IO.File]::WriteAllText($bib, $library, [System.Text.UTF8Encoding]::new($false))
        $script:out = Join-Path $TestDrive ('out-{0}.bib' -f [guid]::NewGuid().ToString('N'))
    }

    It 'carries each entry: type, key, fields as written' {
        $papers = @(Import-PaperBibTeX -LiteralPath $bib)
        $papers.Count | Should -Be 3
        $papers[0].EntryType | Should -Be 'article'
        $papers[0].Fields['journal'] | Should -Be 'pami # " (Special Issue)"'
        $papers[0].Venue | Should -Be 'IEEE Transactions on Pattern Analysis (Special Issue)'
        $papers[0].Title | Should -Be 'Typesetting graphs with TeX'
        $papers[0].Entry.Text | Should -BeLike '@Article{dibattista1999,*'
        $papers[1].CitationKey | Should -Be ''
        $papers[1].Fields.Count | Should -Be 2
        $papers[2].Year | Should -BeNullOrEmpty
    }

    It 'writes an unchanged file back byte for byte' {
        Import-PaperBibTeX -LiteralPath $bib | Export-PaperBibTeX -LiteralPath $out
        (Get-FileHash -LiteralPath $out).Hash | Should -Be (Get-FileHash -LiteralPath $bib).Hash
    }

    It 'writes back every real file in tests/Fixtures/bibtex/real: <Name>' -ForEach @(
        Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot '../Fixtures/bibtex/real') -Filter *.bib |
            Where-Object Name -NotIn 'jabref-encoding-windows-1252-with-header.bib', 'python-bibtexparser-gbk_test.bib' |
            ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } }
    ) {
        $copy = Join-Path $TestDrive $Name
        Import-PaperBibTeX -LiteralPath $Path -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Export-PaperBibTeX -LiteralPath $copy -WarningAction SilentlyContinue
        (Get-FileHash -LiteralPath $copy).Hash | Should -Be (Get-FileHash -LiteralPath $Path).Hash
    }

    It 'rewrites only the field that was changed' {
        $papers = @(Import-PaperBibTeX -LiteralPath $bib)
        $papers[0].Year = 2000
        $papers | Export-PaperBibTeX -LiteralPath $out
        $text = Get-Content -LiteralPath $out -Raw
        $text | Should -Match 'Year +\= \{2000\}'
        $text | Should -Match ([regex]::Escape('{{Di Battista}, Giuseppe and {T}utte, W. T.}'))
        $text | Should -Match ([regex]::Escape('{Typesetting graphs with {\TeX}}'))
        $text | Should -Match ([regex]::Escape('pami # " (Special Issue)"'))
        $text | Should -Match ([regex]::Escape('@string{ pami = "IEEE Transactions on Pattern Analysis" }'))
        $text | Should -Match ([regex]::Escape('@comment{jabref-meta: databaseType:bibtex;}'))
        $text | Should -Match ([regex]::Escape("@inproceedings{,`n"))
    }

    It 'takes $null for a list as an empty list' {
        $paper = @(Import-PaperBibTeX -LiteralPath $bib)[0]
        $paper.Authors = $null
        $paper.Keywords = $null
        $paper.Categories = $null
        $paper.Authors.Count | Should -Be 0
        { $paper | Export-PaperBibTeX -LiteralPath $out -ErrorAction Stop } | Should -Not -Throw
        Get-Content -LiteralPath $out -Raw | Should -Not -Match '(?im)^\s*author\s*='
        $digest = [PaperTools.Paper]@{ Title = 'A digest paper'; Authors = $null; Keywords = $null }
        ConvertTo-PaperBibTeX -InputObject $digest | Should -Match '@misc\{digestPaper,'
    }

    It 'names a macro that expands past its budget and reads the rest of the file' {
        $lines = @('@string{m0 = "xxxxxxxxxx"}') + (1..40 | ForEach-Object { "@string{m$_ = m$($_ - 1) # m$($_ - 1)}" }) + '@misc{bomb, title = m40}', '@misc{after, title = {Still read}}'
        Set-Content -LiteralPath $bib -Value $lines
        $papers = @(Import-PaperBibTeX -LiteralPath $bib -ErrorVariable errors -ErrorAction SilentlyContinue)
        $papers.CitationKey | Should -Be @('bomb', 'after')
        $errors[0].FullyQualifiedErrorId | Should -Be "BibTeXMacroTooLarge,$importId"
    }

    It 'warns about a key TeX would run, and never writes it' {
        Set-Content -LiteralPath $bib -Value "@misc{x\input/etc/passwd,`n  title = {Hostile key}`n}"
        $papers = @(Import-PaperBibTeX -LiteralPath $bib -WarningVariable warnings -WarningAction SilentlyContinue)
        "$($warnings[0])" | Should -BeLike 'BibTeXKeyUnsafe:*'
        $papers | Export-PaperBibTeX -LiteralPath $out -WarningAction SilentlyContinue -PassThru | ForEach-Object CitationKey | Should -Be 'xinput/etc/passwd'
        Get-Content -LiteralPath $out -Raw | Should -Not -Match ([regex]::Escape('\input'))
    }

    It 'converts an entry with the @string definitions it uses' {
        $text = @(Import-PaperBibTeX -LiteralPath $bib | ConvertTo-PaperBibTeX)
        $text[0] | Should -BeLike '@string{ pami = "IEEE Transactions on Pattern Analysis" }*@Article{dibattista1999,*'
        $text[1] | Should -BeLike '@inproceedings{,*'
    }

    It 'makes keys for keyless entries only when asked' {
        Import-PaperBibTeX -LiteralPath $bib | Export-PaperBibTeX -LiteralPath $out -AddMissingKey
        Get-Content -LiteralPath $out -Raw | Should -Match '@inproceedings\{entryWithoutKey,'
    }
}
