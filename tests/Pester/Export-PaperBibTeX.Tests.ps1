#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:digest = Join-Path $PSScriptRoot '../Fixtures/text/001_f6c52202b2fcb344.txt'
    $script:commandId = 'PaperTools.Commands.ExportPaperBibTeXCommand'

    function Get-EntryCount([string] $LiteralPath) {
        ([regex]::Matches((Get-Content -LiteralPath $LiteralPath -Raw), '(?m)^@')).Count
    }
}

Describe 'Export-PaperBibTeX' {
    BeforeEach {
        # Fresh objects each time: a successful export sets CitationKey on the papers it wrote.
        $script:papers = @(Import-PaperDigest $digest)
        $script:bib = Join-Path $TestDrive ('library-{0}.bib' -f [guid]::NewGuid().ToString('N'))
    }

    It 'writes one @misc entry per paper, keyed from the title, with no author and no year' {
        $papers.Count | Should -BeGreaterThan 1
        $papers | Export-PaperBibTeX -Path $bib
        $text = Get-Content -LiteralPath $bib -Raw
        ([regex]::Matches($text, '(?m)^@misc\{')).Count | Should -Be $papers.Count
        $text | Should -Match '(?m)^@misc\{onePerturbationEnough,$'
        $text | Should -Not -Match '(?m)^\s+author\s+='
        $text | Should -Not -Match '(?m)^\s+year\s+='
    }

    It 'binds papers piped one by one, a list given to -InputObject and wrapped papers alike' {
        $papers | Export-PaperBibTeX -Path $bib
        $listed = Join-Path $TestDrive 'listed.bib'
        Export-PaperBibTeX -InputObject @(Import-PaperDigest $digest) -Path $listed
        $wrapped = Join-Path $TestDrive 'wrapped.bib'
        Import-PaperDigest $digest | ForEach-Object { [psobject]::AsPSObject($_) } | Export-PaperBibTeX -Path $wrapped
        (Get-FileHash -LiteralPath $listed).Hash | Should -Be (Get-FileHash -LiteralPath $bib).Hash
        (Get-FileHash -LiteralPath $wrapped).Hash | Should -Be (Get-FileHash -LiteralPath $bib).Hash
        $one = [PaperTools.Commands.PaperInputTransformationAttribute]::new().Transform($null, $papers[0])
        $one.GetType() | Should -Be ([PaperTools.Paper[]])
        [object]::ReferenceEquals($one[0], $papers[0]) | Should -BeTrue
    }

    It 'still refuses what is not a paper, piped in, with the binding error' {
        $other = Join-Path $TestDrive 'other.bib'
        { 'not a paper' | Export-PaperBibTeX -Path $other -ErrorAction Stop } |
            Should -Throw -ErrorId 'InputObjectNotBound,PaperTools.Commands.ExportPaperBibTeXCommand'
    }

    It 'adds nothing when the same digest is appended a second time' {
        $papers | Export-PaperBibTeX -Path $bib -Append
        $first = Get-FileHash -LiteralPath $bib -Algorithm SHA256

        Import-PaperDigest $digest | Export-PaperBibTeX -Path $bib -Append

        (Get-FileHash -LiteralPath $bib -Algorithm SHA256).Hash | Should -Be $first.Hash
        Get-EntryCount $bib | Should -Be $papers.Count
    }

    It 'keeps every existing byte and adds only the papers the file does not have' {
        $half = [int][math]::Floor($papers.Count / 2)
        $papers | Select-Object -First $half | Export-PaperBibTeX -Path $bib
        $before = Join-Path $TestDrive 'before.bib'
        Copy-Item -LiteralPath $bib -Destination $before
        $beforeLength = (Get-Item -LiteralPath $before).Length

        Import-PaperDigest $digest | Export-PaperBibTeX -Path $bib -Append

        $after = [System.IO.File]::ReadAllBytes($bib)
        $after.Length | Should -BeGreaterThan $beforeLength
        $prefix = Join-Path $TestDrive 'prefix.bin'
        [System.IO.File]::WriteAllBytes($prefix, [byte[]]$after[0..($beforeLength - 1)])
        (Get-FileHash -LiteralPath $prefix).Hash | Should -Be (Get-FileHash -LiteralPath $before).Hash
        Get-EntryCount $bib | Should -Be $papers.Count
    }

    It 'writes nothing with -WhatIf' {
        $papers | Export-PaperBibTeX -Path $bib -WhatIf
        Test-Path -LiteralPath $bib | Should -BeFalse

        $papers | Select-Object -First 1 | Export-PaperBibTeX -Path $bib
        $hash = (Get-FileHash -LiteralPath $bib).Hash
        $papers | Export-PaperBibTeX -Path $bib -Append -WhatIf
        $papers | Export-PaperBibTeX -Path $bib -WhatIf
        (Get-FileHash -LiteralPath $bib).Hash | Should -Be $hash
        Get-ChildItem -LiteralPath $TestDrive -Filter '*.tmp' -Force | Should -BeNullOrEmpty
    }

    It 'refuses to replace an existing file with -NoClobber, with a named error' {
        $papers | Select-Object -First 1 | Export-PaperBibTeX -Path $bib
        $hash = (Get-FileHash -LiteralPath $bib).Hash

        { $papers | Export-PaperBibTeX -Path $bib -NoClobber -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXFileExists,$commandId"

        (Get-FileHash -LiteralPath $bib).Hash | Should -Be $hash
    }

    It 'still appends with -NoClobber' {
        $papers | Select-Object -First 1 | Export-PaperBibTeX -Path $bib
        $papers | Export-PaperBibTeX -Path $bib -Append -NoClobber
        Get-EntryCount $bib | Should -Be $papers.Count
    }

    It 'needs -Force for a read-only file' {
        $papers | Select-Object -First 1 | Export-PaperBibTeX -Path $bib
        Set-ItemProperty -LiteralPath $bib -Name IsReadOnly -Value $true

        { $papers | Export-PaperBibTeX -Path $bib -Append -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXFileReadOnly,$commandId"

        $papers | Export-PaperBibTeX -Path $bib -Append -Force
        Get-EntryCount $bib | Should -Be $papers.Count
    }

    It 'returns the written papers with their keys with -PassThru' {
        $written = @($papers | Export-PaperBibTeX -Path $bib -PassThru)
        $written.Count | Should -Be $papers.Count
        $written[0] | Should -BeOfType ([PaperTools.Paper])
        $written[0].CitationKey | Should -Be 'onePerturbationEnough'
        @($papers | Export-PaperBibTeX -Path $bib -Append -PassThru).Count | Should -Be 0
    }

    It 'writes the same bytes again after a round trip through Import-PaperBibTeX' {
        $papers | Export-PaperBibTeX -Path $bib
        $second = Join-Path $TestDrive 'second.bib'

        Import-PaperBibTeX -LiteralPath $bib | Export-PaperBibTeX -LiteralPath $second

        (Get-FileHash -LiteralPath $second).Hash | Should -Be (Get-FileHash -LiteralPath $bib).Hash
    }

    It 'accepts the BibLaTeX dialect, -ExcludeAbstract and -DefaultYear' {
        $papers | Export-PaperBibTeX -Path $bib -Dialect BibLaTeX -ExcludeAbstract -DefaultYear 2024
        $text = Get-Content -LiteralPath $bib -Raw
        $text | Should -Match '(?m)^\s+date\s+= \{2024\},?$'
        $text | Should -Not -Match '(?m)^\s+abstract\s+='
        $text | Should -Not -Match '(?m)^\s+key\s+='
        $text | Should -Match '(?m)^@misc\{onePerturbationEnough2024,$'
    }

    It 'uses the key format presets and patterns' {
        $papers | Select-Object -First 1 | Export-PaperBibTeX -Path $bib -KeyFormat '[shorttitle:2:lower]x'
        Get-Content -LiteralPath $bib -TotalCount 1 | Should -Be '@misc{oneperturbationx,'
    }

    It 'stops with a named error for a key format it cannot read' {
        { $papers | Export-PaperBibTeX -Path $bib -KeyFormat '[nosuchfield]' -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXKeyFormatInvalid,$commandId"
        Test-Path -LiteralPath $bib | Should -BeFalse
    }

    It 'stops with a named error when the target is a directory' {
        { $papers | Export-PaperBibTeX -LiteralPath $TestDrive -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXTargetInvalid,$commandId"
    }

    It 'resolves a relative path against the current location' {
        Push-Location -LiteralPath $TestDrive
        try {
            $papers | Export-PaperBibTeX -Path 'relative.bib'
            Test-Path -LiteralPath (Join-Path $TestDrive 'relative.bib') | Should -BeTrue
        }
        finally {
            Pop-Location
        }
    }
}
