# Pester 5. Every digest shape in one call, hostile files among them, and -Format naming a shape.
# Saved as UTF-8 with a BOM so that Windows PowerShell 5.1 reads the accented names as written.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:qualifier = ',PaperTools.Commands.ImportPaperDigestCommand'
}

Describe 'Import-PaperDigest on a folder of every shape' {
    BeforeAll {
        $mixed = Join-Path $TestDrive 'mixed'
        New-Item -ItemType Directory -Path $mixed | Out-Null
        foreach ($shape in 'huggingface-html', 'huggingface-json', 'arxiv-email', 'arxiv-feed', 'scholar') {
            Get-ChildItem -LiteralPath (Join-Path $fixtures $shape) -File | Copy-Item -Destination $mixed
        }
        Copy-Item -LiteralPath (Join-Path (Join-Path $fixtures 'text') '000_8244a140825fe06b.txt') -Destination $mixed

        $importErrors = $null
        $script:papers = @(Get-ChildItem TestDrive:\mixed -File |
                Import-PaperDigest -ErrorVariable importErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $script:problems = @($importErrors)
    }

    It 'reads <Count> papers from the <Format> files' -TestCases @(
        @{ Format = 'HuggingFaceHtml'; Count = 52 }
        @{ Format = 'HuggingFaceJson'; Count = 38 }
        @{ Format = 'ArxivEmail'; Count = 50 }
        @{ Format = 'ArxivFeed'; Count = 52 }
        @{ Format = 'ScholarAlert'; Count = 51 }
    ) {
        @($papers | Where-Object { $_.SourceFormat.ToString() -eq $Format }).Count | Should -Be $Count
    }

    It 'still reads the plain-text digest as Text, as it reads alone' {
        # How many of its entries are papers is the plain-text reader's own business (Import-PaperDigest.Tests.ps1);
        # among other shapes it must read the same papers.
        $alone = @(Import-PaperDigest -LiteralPath (Join-Path $fixtures 'text/000_8244a140825fe06b.txt') -WarningAction SilentlyContinue)
        $alone.Count | Should -BeGreaterThan 0
        $text = @($papers | Where-Object { $_.SourceFormat.ToString() -eq 'Text' })
        $text.Title | Should -Be $alone.Title
    }

    It 'emits PaperTools.Paper objects' {
        $papers | ForEach-Object { $_.GetType().FullName } | Sort-Object -Unique | Should -Be 'PaperTools.Paper'
    }

    It 'names <File> with <ErrorId> and still reads the rest' -TestCases @(
        @{ File = 'xxe.atom.xml'; ErrorId = 'DigestUnsafeXml' }
        @{ File = 'billion_laughs.rss.xml'; ErrorId = 'DigestUnsafeXml' }
        @{ File = 'daily_papers_truncated.html'; ErrorId = 'DigestTruncated' }
        @{ File = 'daily_papers_cut_mid_item.json'; ErrorId = 'DigestTruncated' }
        @{ File = 'truncated.rss.xml'; ErrorId = 'DigestTruncated' }
        @{ File = 'alert_truncated.html'; ErrorId = 'DigestTruncated' }
        @{ File = 'cs_listing_unknown_charset.eml'; ErrorId = 'DigestUnknownEncoding' }
    ) {
        $named = @($problems | Where-Object {
                $_.FullyQualifiedErrorId -eq "$ErrorId$qualifier" -and "$($_.TargetObject)" -like "*$File"
            })
        $named.Count | Should -Be 1
    }

    It 'reports nothing else' {
        $problems.Count | Should -Be 7
    }

    It 'keeps the complete entries of the damaged files' {
        @($papers | Where-Object { $_.Source -like '*daily_papers_cut_mid_item.json' }).Count | Should -Be 8
        @($papers | Where-Object { $_.Source -like '*cs_listing_unknown_charset.eml' }).Count | Should -Be 3
    }

    It 'carries the fields each source states' {
        $replaced = $papers | Where-Object { $_.ArxivId -eq 'hep-th/9901001' }
        $replaced.AnnounceType | Should -Be 'replace'
        $replaced.JournalRef | Should -Be 'Journal of Machine Learning Research 25 (2024) 1-38'

        $listed = $papers | Where-Object { $_.ArxivId -eq '2402.18001' }
        $listed.Authors -join '; ' | Should -Be 'Joan Solà; Balázs Kégl; Wei Zhang'

        $snippet = $papers | Where-Object { $_.Title -eq 'Physics-Informed Diffusion Models' }
        $snippet.AbstractIsSnippet | Should -BeTrue
        $snippet.Year | Should -Be 2024
    }
}

Describe 'Import-PaperDigest -Format' {
    It 'reads the shape it names' {
        $feed = @(Import-PaperDigest -LiteralPath (Join-Path (Join-Path $fixtures 'arxiv-feed') 'cs.CL.atom.xml') -Format ArxivFeed)
        $feed.Count | Should -Be 22
        $feed | ForEach-Object { $_.SourceFormat.ToString() } | Sort-Object -Unique | Should -Be 'ArxivFeed'
    }

    It 'overrides detection' {
        $listing = Join-Path (Join-Path $fixtures 'arxiv-email') 'cs_listing_2024-02-29.txt'
        $asText = @(Import-PaperDigest -LiteralPath $listing -Format Text -IncludeNonPaper -WarningAction SilentlyContinue)
        # Every block of the listing, read as plain-text entries (papers and not).
        $asText.Count | Should -Be 551
        $asText | ForEach-Object { $_.SourceFormat.ToString() } | Sort-Object -Unique | Should -Be 'Text'
    }

    It 'detects by content, not by extension' {
        $renamed = Join-Path $TestDrive 'digest.txt'
        Copy-Item -LiteralPath (Join-Path (Join-Path $fixtures 'huggingface-json') 'daily_papers_2025-08-20.json') -Destination $renamed
        $renamedPapers = @(Import-PaperDigest -LiteralPath $renamed)
        $renamedPapers.Count | Should -Be 24
        $renamedPapers[0].SourceFormat.ToString() | Should -Be 'HuggingFaceJson'
        $renamedPapers[0].Authors -join '; ' | Should -Be 'Joan Solà; Kenji Sato; Yiwen Zhou; Priya Natarajan'
    }

    It 'unwraps an e-mail before detecting its shape' {
        $alert = @(Import-PaperDigest -LiteralPath (Join-Path (Join-Path $fixtures 'scholar') 'alert_2024-03-06.eml'))
        $alert.Count | Should -Be 20
        $alert[0].SourceFormat.ToString() | Should -Be 'ScholarAlert'
    }

    It 'refuses an XXE feed without reading it, even when named' {
        $result = @(Import-PaperDigest -LiteralPath (Join-Path (Join-Path $fixtures 'arxiv-feed') 'xxe.atom.xml') -Format ArxivFeed -ErrorVariable xxeErrors -ErrorAction SilentlyContinue)
        $result.Count | Should -Be 0
        $xxeErrors[0].FullyQualifiedErrorId | Should -Be "DigestUnsafeXml$qualifier"
    }
}
