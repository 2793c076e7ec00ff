BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:commandId = 'PaperTools.Commands.ExportPaperBibTeXCommand'
    $script:existing = "@misc{existing,`n  title = {Already here}`n}`n"

    function New-Papers([string] $Prefix, [int] $Count) {
        1..$Count | ForEach-Object { [PaperTools.Paper]@{ Title = "$Prefix paper number $_" } }
    }
}

Describe 'Export-PaperBibTeX keeps the library file the file it was' {
    BeforeEach {
        $script:dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        $script:bib = Join-Path $dir 'library.bib'
        [System.IO.File]::WriteAllText($bib, $existing)
    }

    It 'writes through a symlink with -Append and with -Force' {
        $link = Join-Path $dir 'link.bib'
        New-Item -ItemType SymbolicLink -Path $link -Target $bib | Out-Null
        New-Papers 'Linked' 1 | Export-PaperBibTeX -LiteralPath $link -Append
        New-Papers 'Forced' 1 | Export-PaperBibTeX -LiteralPath $link -Force
        (Get-Item -LiteralPath $link).LinkType | Should -Be 'SymbolicLink'
        Get-Content -LiteralPath $bib -Raw | Should -Match 'Forced paper number 1'
    }

    It 'keeps mode <Mode> through -Append and a replacement' -Skip:$IsWindows -ForEach @(
        @{ Mode = 'UserRead, UserWrite' }
        @{ Mode = 'UserRead, UserWrite, GroupRead' }
    ) {
        [System.IO.File]::SetUnixFileMode($bib, [System.IO.UnixFileMode]$Mode)
        New-Papers 'Appended' 1 | Export-PaperBibTeX -LiteralPath $bib -Append
        [System.IO.File]::GetUnixFileMode($bib) | Should -Be ([System.IO.UnixFileMode]$Mode)
        New-Papers 'Replaced' 1 | Export-PaperBibTeX -LiteralPath $bib
        [System.IO.File]::GetUnixFileMode($bib) | Should -Be ([System.IO.UnixFileMode]$Mode)
    }

    It 'needs -Force for a read-only file, which then stays read-only' {
        Set-ItemProperty -LiteralPath $bib -Name IsReadOnly -Value $true
        { New-Papers 'Refused' 1 | Export-PaperBibTeX -LiteralPath $bib -Append -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXFileReadOnly,$commandId"
        New-Papers 'Appended' 1 | Export-PaperBibTeX -LiteralPath $bib -Append -Force
        (Get-Item -LiteralPath $bib).IsReadOnly | Should -BeTrue
        New-Papers 'Replaced' 1 | Export-PaperBibTeX -LiteralPath $bib -Force
        (Get-Item -LiteralPath $bib).IsReadOnly | Should -BeTrue
        Get-Content -LiteralPath $bib -Raw | Should -Match 'Replaced paper number 1'
    }

    It 'never splits hard links: -Append adds in place, a replacement needs -Force' -Skip:$IsWindows {
        $other = Join-Path $dir 'other-name.bib'
        New-Item -ItemType HardLink -Path $other -Target $bib | Out-Null
        New-Papers 'Appended' 1 | Export-PaperBibTeX -LiteralPath $bib -Append
        Get-Content -LiteralPath $other -Raw | Should -Match 'Appended paper number 1'
        { New-Papers 'Replacing' 1 | Export-PaperBibTeX -LiteralPath $bib -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXFileHardLinked,$commandId"
        New-Papers 'Replaced' 1 | Export-PaperBibTeX -LiteralPath $bib -Force
        Get-Content -LiteralPath $other -Raw | Should -Match 'Replaced paper number 1'
        (Get-FileHash -LiteralPath $other).Hash | Should -Be (Get-FileHash -LiteralPath $bib).Hash
    }

    It 'refuses to append after a construct that is never closed' {
        Set-Content -LiteralPath $bib -Value "@misc{a, title = {A}}`n@comment{ jabref-meta: unclosed`n"
        $before = (Get-FileHash -LiteralPath $bib).Hash
        { New-Papers 'Inside' 1 | Export-PaperBibTeX -LiteralPath $bib -Append -ErrorAction Stop } |
            Should -Throw -ErrorId "BibTeXFileUnterminated,$commandId"
        (Get-FileHash -LiteralPath $bib).Hash | Should -Be $before
    }

    It 'cleans up the temporary file of a run killed mid-write' {
        $stale = Join-Path $dir '.library.bib.0123456789ab.tmp'
        Set-Content -LiteralPath $stale -Value 'half an export'
        New-Papers 'After the crash' 1 | Export-PaperBibTeX -LiteralPath $bib -Append
        Test-Path -LiteralPath $stale | Should -BeFalse
    }

    It 'waits for another writer, then stops with BibTeXFileLocked' {
        $held = [System.IO.File]::Open((Join-Path $dir '.library.bib.lock'), 'OpenOrCreate', 'ReadWrite', 'None')
        try {
            { New-Papers 'Blocked' 1 | Export-PaperBibTeX -LiteralPath $bib -Append -ErrorAction Stop } |
                Should -Throw -ErrorId "BibTeXFileLocked,$commandId"
        }
        finally { $held.Dispose() }
        Get-Content -LiteralPath $bib -Raw | Should -Be $existing
    }

    It 'loses no entry when three PowerShell processes append at once, 20 times over' {
        $module = (Resolve-Path (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1')).Path
        $trials = 20
        foreach ($t in 1..$trials) { [System.IO.File]::WriteAllText((Join-Path $dir "trial$t.bib"), $existing) }
        $writer = {
            param($Module, $Dir, $Writer, $Trials)
            Import-Module $Module
            foreach ($t in 1..$Trials) {
                # Start each trial together: every writer waits until all three are ready.
                New-Item -ItemType File -Path (Join-Path $Dir "ready-$t-$Writer") | Out-Null
                while (@(Get-ChildItem -LiteralPath $Dir -Filter "ready-$t-*").Count -lt 3) { Start-Sleep -Milliseconds 5 }
                1..40 | ForEach-Object { [PaperTools.Paper]@{ Title = "Writer $Writer trial $t paper $_" } } |
                    Export-PaperBibTeX -LiteralPath (Join-Path $Dir "trial$t.bib") -Append
            }
        }
        $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes("& { $writer } -Module '$module' -Dir '$dir' -Writer `$env:PT_WRITER -Trials $trials"))
        $processes = foreach ($w in 1..3) {
            $env:PT_WRITER = $w
            Start-Process -FilePath (Join-Path $PSHOME 'pwsh') -ArgumentList '-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded -PassThru -RedirectStandardError (Join-Path $dir "err$w.txt")
        }
        $processes | Wait-Process -Timeout 300
        foreach ($w in 1..3) { Get-Content -LiteralPath (Join-Path $dir "err$w.txt") -Raw | Should -BeNullOrEmpty }
        foreach ($t in 1..$trials) {
            $titles = @(Import-PaperBibTeX -LiteralPath (Join-Path $dir "trial$t.bib")).Title
            $titles.Count | Should -Be 121 -Because "trial $t"
            @($titles | Sort-Object -Unique).Count | Should -Be 121
        }
    }
}
