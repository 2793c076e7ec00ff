#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:fixtures = Join-Path $PSScriptRoot '../Fixtures'
    $script:profiles = Join-Path $fixtures 'report/profiles.json'
    $script:papers = @(Import-PaperDigest (Join-Path $fixtures 'text/*.txt') -WarningAction SilentlyContinue |
        Merge-PaperDuplicate)
}

Describe 'Export-PaperReport' {
    It 'writes one HTML page with a section per profile, the format taken from the extension' {
        $path = Join-Path $TestDrive 'today.html'
        $file = $papers | Export-PaperReport -Path $path -ProfilePath $profiles -PassThru
        $file.FullName | Should -Be $path
        $html = Get-Content -LiteralPath $path -Raw
        $html | Should -Match '^<!DOCTYPE html>'
        $html | Should -Match '<h2 [^>]*>Vision \(\d+\)</h2>'
        $html | Should -Match '<h2 [^>]*>Language models \(\d+\)</h2>'
        $html | Should -Not -Match '<script'
    }

    It 'marks the papers the library holds' {
        $library = Join-Path $TestDrive 'library.bib'
        $papers | Select-Object -First 40 | Export-PaperBibTeX -Path $library
        $markdown = $papers | ConvertTo-PaperReport Markdown -Library (Import-PaperBibTeX $library)
        ([regex]::Matches($markdown, [regex]::Escape('*(in the library)*'))).Count | Should -Be 40
        $markdown | Should -Match '40 already in the library'
    }

    It 'writes one e-mail per recipient, and the message to no one under the name given' {
        $path = Join-Path $TestDrive 'today.eml'
        $files = @($papers |
            Export-PaperReport -LiteralPath $path -ProfilePath $profiles -From 'library@example.org' -PassThru)
        $files.Name | Should -Be @('today.vision-group@example.org.eml', 'today.nlp@example.org.eml', 'today.eml')
        $first = Get-Content -LiteralPath $files[0].FullName -Raw
        $first | Should -Match "(?m)^To: vision-group@example.org`r$"
        $first | Should -Match "(?m)^From: library@example.org`r$"
        $first | Should -Match 'multipart/alternative'
    }

    It 'takes -Format where the extension says nothing, and refuses a name that says nothing without it' {
        $path = Join-Path $TestDrive 'today.txt'
        $papers | Export-PaperReport -Path $path -Format Markdown
        (Get-Content -LiteralPath $path -TotalCount 1) | Should -Match '^# Reading list'
        { $papers | Export-PaperReport -Path (Join-Path $TestDrive 'x.txt') -ErrorAction Stop } |
            Should -Throw -ErrorId 'ExportTargetInvalid,PaperTools.Commands.ExportPaperReportCommand'
    }

    It 'names a malformed query with its profile and column and still runs the other profiles' {
        $bad = Join-Path $TestDrive 'bad.json'
        Set-Content -LiteralPath $bad -Value ('[{"name": "Broken", "query": "margin AND (loss"}, ' +
            '{"name": "Fine", "query": "loss"}]')
        $html = $papers | ConvertTo-PaperReport -ProfilePath $bad -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId |
            Should -Be 'ReportProfileInvalid,PaperTools.Commands.ConvertToPaperReportCommand'
        $problems[0].Exception.Message | Should -Match "Profile 'Broken'.*column 12"
        $html | Should -Match '>Fine \(\d+\)</h2>'
        $html | Should -Not -Match 'Broken'
    }

    It 'stops on a profiles file that is not JSON, writing nothing' {
        $bad = Join-Path $TestDrive 'notjson.json'
        Set-Content -LiteralPath $bad -Value 'name = Vision'
        $path = Join-Path $TestDrive 'never.html'
        { $papers | Export-PaperReport $path -ProfilePath $bad -ErrorAction Stop } |
            Should -Throw -ErrorId 'ReportProfileFileInvalid,PaperTools.Commands.ExportPaperReportCommand'
        Test-Path -LiteralPath $path | Should -BeFalse
    }

    It 'keeps an existing file under -NoClobber and writes nothing under -WhatIf' {
        $path = Join-Path $TestDrive 'kept.md'
        Set-Content -LiteralPath $path -Value 'mine'
        { $papers | Export-PaperReport $path -NoClobber -ErrorAction Stop } |
            Should -Throw -ErrorId 'ExportFileExists,PaperTools.Commands.ExportPaperReportCommand'
        $papers | Export-PaperReport $path -WhatIf
        (Get-Content -LiteralPath $path -Raw).Trim() | Should -Be 'mine'
    }

    It 'runs from a new pwsh as a scheduler runs it, exit code 0' {
        $path = Join-Path $TestDrive 'scheduled.html'
        $module = Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1'
        $command = "Import-Module '$module'; " +
            "Import-PaperDigest '$fixtures/text/*.txt' -WarningAction SilentlyContinue | " +
            "Export-PaperReport '$path' -ProfilePath '$profiles'"
        $pwsh = Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })
        & $pwsh -NoProfile -NonInteractive -Command $command
        $LASTEXITCODE | Should -Be 0
        Test-Path -LiteralPath $path | Should -BeTrue
    }
}
