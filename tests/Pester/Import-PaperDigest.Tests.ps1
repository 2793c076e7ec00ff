#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Import-PaperDigest against the built module (./output/PaperTools) and the five real digests.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $digests = Join-Path $PSScriptRoot '../Fixtures/text'
    $digest000 = Join-Path $digests '000_8244a140825fe06b.txt'
    $digest001 = Join-Path $digests '001_f6c52202b2fcb344.txt'
    $digest004 = Join-Path $digests '004_116e2b60f11aa682.txt'
    $commandId = 'PaperTools.Commands.ImportPaperDigestCommand'
}

Describe 'Import-PaperDigest' {
    Context 'the shared plain-text digests' {
        It 'reads <Count> papers from <Name>' -ForEach @(
            @{ Name = '000_8244a140825fe06b.txt'; Count = 6 }
            @{ Name = '001_f6c52202b2fcb344.txt'; Count = 56 }
            @{ Name = '002_f6623f7eba3864c5.txt'; Count = 250 }
            @{ Name = '003_285b6193770f3ea0.txt'; Count = 213 }
            @{ Name = '004_116e2b60f11aa682.txt'; Count = 54 }
        ) {
            $papers = Import-PaperDigest -LiteralPath (Join-Path $digests $Name) -WarningAction SilentlyContinue
            $papers | Should -HaveCount $Count
            $papers | ForEach-Object { $_.SourceFormat | Should -Be 'Text' }
        }

        It 'emits PaperTools.Paper objects with provenance' {
            $first = Import-PaperDigest -LiteralPath $digest001 | Select-Object -First 1
            $first | Should -BeOfType ([PaperTools.Paper])
            $first.Title | Should -BeLike 'One Perturbation is Enough*'
            $first.Abstract | Should -BeLike 'Vision-Language Pre-training (VLP) models*'
            Split-Path -Leaf $first.Source | Should -Be '001_f6c52202b2fcb344.txt'
            [System.IO.Path]::IsPathRooted($first.Source) | Should -BeTrue
            $first.SourceLine | Should -Be 13
            $first.Id | Should -BeLike 'title:one perturbation is enough*'
            "$first" | Should -Be $first.Title
        }

        It 'expands wildcards in -Path' {
            $papers = Import-PaperDigest -Path (Join-Path $digests '*.txt') -WarningAction SilentlyContinue
            $papers | Should -HaveCount 579
        }

        It 'takes files from Get-ChildItem through the pipeline' {
            $papers = Get-ChildItem -LiteralPath $digests -Filter *.txt | Import-PaperDigest -WarningAction SilentlyContinue
            $papers | Should -HaveCount 579
            ($papers | Select-Object -ExpandProperty Source -Unique) | Should -HaveCount 5
        }

        It 'streams, so Select-Object -First stops early' {
            $papers = Import-PaperDigest -Path (Join-Path $digests '*.txt') -WarningAction SilentlyContinue | Select-Object -First 5
            $papers | Should -HaveCount 5
        }

        It 'reads a name with wildcard characters through -LiteralPath' {
            $odd = Join-Path $TestDrive '[daily] 004.txt'
            Copy-Item -LiteralPath $digest004 -Destination $odd
            Import-PaperDigest -LiteralPath $odd | Should -HaveCount 54
        }

        It 'reads the digest date with the year given' {
            $papers = Import-PaperDigest -LiteralPath $digest001 -Year 2025
            $papers | ForEach-Object { $_.DigestDate | Should -Be ([datetime]'2025-08-20') }
        }

        It 'lets -DigestDate override the file' {
            $papers = Import-PaperDigest -LiteralPath $digest004 -DigestDate '2024-01-02'
            $papers | ForEach-Object { $_.DigestDate | Should -Be ([datetime]'2024-01-02') }
        }

        It 'repairs mojibake' {
            $paper = Import-PaperDigest -LiteralPath $digest000 -WarningAction SilentlyContinue |
                Where-Object Title -EQ 'Localizing Knowledge in Diffusion Transformers'
            $paper.Abstract | Should -BeLike '*PixArt-α, FLUX*'
        }
    }

    Context 'entries that are not papers' {
        It 'leaves them out with one warning per file' {
            $papers = Import-PaperDigest -LiteralPath $digest000 -WarningVariable warnings -WarningAction SilentlyContinue
            $papers | Should -HaveCount 6
            $warnings | Should -HaveCount 1
            "$($warnings[0])" | Should -BeLike '*4 entries are not papers*'
        }

        It 'lists each one with -Verbose' {
            $verbose = Import-PaperDigest -LiteralPath $digest000 -Verbose -WarningAction SilentlyContinue 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like '*: not a paper (*' }
            $verbose | Should -HaveCount 4
            ($verbose | Where-Object Message -Like '*PDF file name*') | Should -HaveCount 1
            ($verbose | Where-Object Message -Like '*news story*') | Should -HaveCount 1
        }

        It 'emits them flagged with -IncludeNonPaper' {
            $all = Import-PaperDigest -LiteralPath $digest000 -IncludeNonPaper -WarningAction SilentlyContinue
            $all | Should -HaveCount 10
            $nonPapers = $all | Where-Object IsPaper -EQ $false
            $nonPapers | Should -HaveCount 4
            ($nonPapers | Sort-Object SourceLine).NonPaperReason -join '|' | Should -Be 'section heading|PDF file name|appendix fragment|news story'
        }
    }

    Context 'encodings' {
        It 'reads UTF-16 with a BOM and CRLF line endings' {
            $path = Join-Path $TestDrive 'utf16.txt'
            $text = "Föppl Membranes and PixArt-α`r`nWe propose a method for membranes. Our experiments show that it works well on three benchmarks.`r`n"
            [System.IO.File]::WriteAllText($path, $text, [System.Text.Encoding]::Unicode)
            # Too short to be taken for a Daily Papers page: -Format names the shape, the encoding is still detected.
            $paper = Import-PaperDigest -LiteralPath $path -Format Text
            $paper.Title | Should -Be 'Föppl Membranes and PixArt-α'
        }

        It 'reads a legacy code page named with -Encoding' {
            $path = Join-Path $TestDrive 'cp1252.txt'
            [System.IO.File]::WriteAllBytes($path, [byte[]](0x43, 0x61, 0x66, 0xE9, 0x20, 0x4D, 0x6F, 0x64, 0x65, 0x6C, 0x73))
            (Import-PaperDigest -LiteralPath $path -Encoding windows-1252 -Format Text).Title | Should -Be 'Café Models'
        }
    }

    Context 'bad input' {
        It 'names a missing -Path' {
            $result = Import-PaperDigest -Path (Join-Path $TestDrive 'missing.txt') -ErrorVariable err -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -Be "PathNotFound,$commandId"
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'names a missing -LiteralPath' {
            $missing = Join-Path $TestDrive 'missing.txt'
            Import-PaperDigest -LiteralPath $missing -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "DigestNotFound,$commandId"
            $err[0].TargetObject | Should -Be $missing
        }

        It 'names a path on another provider' {
            Import-PaperDigest -Path 'Env:\PATH' -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "PathNotFileSystem,$commandId"
        }

        It 'gives <Id> for <Case> and still imports the good file after it' -ForEach @(
            @{ Case = 'an empty file'; Id = 'DigestEmpty'; Category = 'InvalidData'; Bytes = [byte[]]@() }
            @{ Case = 'a binary file'; Id = 'DigestBinary'; Category = 'InvalidData'; Bytes = [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52) }
            @{ Case = 'invalid UTF-8'; Id = 'DigestInvalidEncoding'; Category = 'InvalidData'; Bytes = [byte[]](0x41, 0x20, 0x54, 0x69, 0x74, 0x6C, 0x65, 0x20, 0xC3, 0x28, 0x0A) }
        ) {
            $bad = Join-Path $TestDrive 'bad.txt'
            [System.IO.File]::WriteAllBytes($bad, $Bytes)
            $papers = Import-PaperDigest -LiteralPath $bad, $digest004 -ErrorVariable err -ErrorAction SilentlyContinue
            $papers | Should -HaveCount 54
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -Be "$Id,$commandId"
            $err[0].CategoryInfo.Category | Should -Be $Category
            $err[0].TargetObject | Should -Be $bad
        }

        It 'names a directory given as a literal path' {
            Import-PaperDigest -LiteralPath $TestDrive -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "DigestIsDirectory,$commandId"
        }

        It 'stops on a bad file when asked to' {
            $empty = Join-Path $TestDrive 'empty.txt'
            [System.IO.File]::WriteAllBytes($empty, [byte[]]@())
            { Import-PaperDigest -LiteralPath $empty -ErrorAction Stop } | Should -Throw -ErrorId "DigestEmpty,$commandId"
        }
    }

    Context 'composition with standard cmdlets' {
        It 'prints a table by default, not a wall of abstracts' {
            $text = Import-PaperDigest -LiteralPath $digest001 | Select-Object -First 3 | Out-String -Width 200
            $text | Should -BeLike '*Year*FirstAuthor*Source*Title*'
            $text | Should -BeLike '*001_f6c52…344.txt:13 One Perturbation*'
            $text | Should -Not -BeLike '*have exhibited unprecedented capability*'
        }

        It 'round-trips through Export-Csv' {
            $papers = Import-PaperDigest -LiteralPath $digest004
            $csv = Join-Path $TestDrive 'papers.csv'
            $papers | Export-Csv -LiteralPath $csv -NoTypeInformation
            $rows = Import-Csv -LiteralPath $csv
            $rows | Should -HaveCount 54
            $rows[0].Title | Should -Be $papers[0].Title
        }

        It 'sorts, filters and groups' {
            $papers = Import-PaperDigest -Path (Join-Path $digests '*.txt') -WarningAction SilentlyContinue
            ($papers | Where-Object Title -Like '*Bilevel*').Count | Should -Be 5
            ($papers | Sort-Object Title | Select-Object -First 1).Title | Should -Be ($papers.Title | Sort-Object | Select-Object -First 1)
            $duplicates = $papers | Group-Object Id | Where-Object Count -GT 1
            $duplicates.Name | Should -Contain 'title:an efficient tester learner for halfspaces'
        }
    }
}
