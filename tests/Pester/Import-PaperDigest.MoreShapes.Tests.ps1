#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# Pester 5. The shapes of issue 14 in one call, their hostile files among them, and the service error replies.
# Saved as UTF-8 with a BOM so that Windows PowerShell 5.1 reads the accented names as written.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:qualifier = ',PaperTools.Commands.ImportPaperDigestCommand'
}

Describe 'Import-PaperDigest on a folder of the newer shapes' {
    BeforeAll {
        $mixed = Join-Path $TestDrive 'mixed'
        New-Item -ItemType Directory -Path $mixed | Out-Null
        foreach ($shape in 'arxiv-rss1', 'biorxiv', 'huggingface-paper', 'arxiv-oai', 'pubmed', 'semantic-scholar', 'openalex', 'ris', 'csl-json') {
            Get-ChildItem -LiteralPath (Join-Path $fixtures $shape) -File -Exclude 'README.md' | Copy-Item -Destination $mixed
        }
        $importErrors = $null
        $script:papers = @(Get-ChildItem TestDrive:\mixed -File |
                Import-PaperDigest -ErrorVariable importErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $script:problems = @($importErrors)
    }

    It 'reads <Count> papers from the <Format> files' -TestCases @(
        @{ Format = 'ArxivFeed'; Count = 9 }
        @{ Format = 'BiorxivFeed'; Count = 3 }
        @{ Format = 'HuggingFaceHtml'; Count = 2 }
        @{ Format = 'ArxivOai'; Count = 10 }
        @{ Format = 'PubMed'; Count = 7 }
        @{ Format = 'SemanticScholar'; Count = 108 }
        @{ Format = 'OpenAlex'; Count = 5 }
        # Records without title are read, as Zotero reads them: example_multiline's three, a hostile one, the
        # test-suite's 61 items with only authors, two hostile CSL items (one dated only by an EDTF string).
        @{ Format = 'Ris'; Count = 18 }
        @{ Format = 'CslJson'; Count = 79 }
    ) {
        @($papers | Where-Object { $_.SourceFormat.ToString() -eq $Format }).Count | Should -Be $Count
    }

    It 'names the damaged files and still reads the rest' -TestCases @(
        @{ File = 'listrecords_cut_in_third_record.xml'; ErrorId = 'DigestTruncated' }
        @{ File = 'efetch_cut_in_second_article.xml'; ErrorId = 'DigestTruncated' }
        @{ File = 'efetch_internal_subset.xml'; ErrorId = 'DigestUnsafeXml' }
        @{ File = 'batch_cut_mid_item.json'; ErrorId = 'DigestTruncated' }
        @{ File = 'works_list_cut.json'; ErrorId = 'DigestTruncated' }
        @{ File = 'cut_in_second_record.ris'; ErrorId = 'DigestTruncated' }
        @{ File = 'cut_in_third_item.csl.json'; ErrorId = 'DigestTruncated' }
    ) {
        @($problems | Where-Object { $_.FullyQualifiedErrorId -eq "$ErrorId$qualifier" -and "$($_.TargetObject)" -like "*$File" }).Count | Should -Be 1
    }

    It 'reads the old arXiv feed suffix, HTML and dates' {
        $tevatron = $papers | Where-Object ArxivId -eq '1805.09166'
        $tevatron.Title | Should -Be 'Recent Top quark results from the Tevatron'
        $tevatron.AnnounceType | Should -Be 'cross'
        $tevatron.ArxivVersion | Should -Be 1
        $tevatron.Categories | Should -Be @('hep-ex')
        $tevatron.DigestDate | Should -Be ([datetime]'2018-05-23')
        ($papers | Where-Object ArxivId -eq '2107.03419' | Select-Object -First 1).Authors | Should -Be @('LHCb collaboration', 'R. Aaij')
    }
}

Describe 'Import-PaperDigest on service error replies' {
    It 'names <File> with DigestServiceError and gives no paper' -TestCases @(
        @{ File = 'arxiv_api_error_1234.12345.atom.xml'; Quote = 'incorrect id format for 1234.12345' }
        @{ File = 'arxiv_api_rate_exceeded.txt'; Quote = 'Rate exceeded.' }
        @{ File = 'rss_feed_error_bad_archive.rss.xml'; Quote = "Bad archive 'psuedo-science'" }
        @{ File = 'oai_error_badArgument.xml'; Quote = 'missing metadataPrefix' }
        @{ File = 'efetch_error.xml'; Quote = 'Empty id list' }
        @{ File = 'nginx_429_too_many_requests.html'; Quote = 'Too Many Requests' }
    ) {
        $errors = $null
        $read = @(Import-PaperDigest -LiteralPath (Join-Path $fixtures "service-errors/$File") -ErrorVariable errors -ErrorAction SilentlyContinue)
        $read.Count | Should -Be 0
        @($errors).Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "DigestServiceError$qualifier"
        $errors[0].Exception.Message | Should -BeLike "*$Quote*"
    }

    It 'stops on a service error under -ErrorAction Stop' {
        { Import-PaperDigest -LiteralPath (Join-Path $fixtures 'service-errors/arxiv_api_rate_exceeded.txt') -ErrorAction Stop } |
            Should -Throw -ErrorId "DigestServiceError$qualifier"
    }
}

Describe 'Import-PaperDigest -Format with the newer shapes' {
    It 'reads a file as the shape -Format names' {
        $read = @(Import-PaperDigest -LiteralPath (Join-Path $fixtures 'ris/example_full.ris') -Format Ris)
        $read.Count | Should -Be 2
        $read | ForEach-Object { $_.SourceFormat } | Sort-Object -Unique | Should -Be ([PaperTools.DigestFormat]::Ris)
    }
}
