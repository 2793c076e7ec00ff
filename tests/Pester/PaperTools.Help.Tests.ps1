# What Get-Help shows of the MAML help `dotnet build` compiles from docs/en-US, and the two about topics.

BeforeDiscovery {
    # The cmdlets are known at discovery, so each gets tests of its own.
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $cmdlets = @((Get-Command -Module PaperTools -CommandType Cmdlet).Name)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../output/PaperTools/PaperTools.psd1') -Force
    $script:commands = @(Get-Command -Module PaperTools -CommandType Cmdlet)
}

Describe 'Get-Help for PaperTools' {
    It 'has a cmdlet to look at' {
        $script:commands.Count | Should -BeGreaterOrEqual 6
    }

    Context '<_>' -ForEach $cmdlets {
        BeforeAll {
            $script:name = $_
            $script:help = Get-Help $script:name -Full
        }

        It 'has a synopsis of its own, not the syntax PowerShell makes up' {
            $script:help.Synopsis | Should -Not -BeNullOrEmpty
            $script:help.Synopsis | Should -Not -Match ([regex]::Escape($script:name) + ' \[')
            $script:help.Synopsis.Length | Should -BeGreaterThan 20
        }

        It 'has a description' {
            ($script:help.description.Text -join ' ').Length | Should -BeGreaterThan 100
        }

        It 'has at least three examples that run the cmdlet and say what they do' {
            $examples = @($script:help.examples.example)
            $examples.Count | Should -BeGreaterOrEqual 3
            foreach ($example in $examples) {
                $example.code | Should -Match ([regex]::Escape($script:name))
                ($example.remarks.Text -join ' ').Trim().Length | Should -BeGreaterThan 20
            }
        }

        It 'describes every parameter' {
            $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
            $own = (Get-Command $script:name).Parameters.Keys | Where-Object { $_ -notin $common -or $_ -in 'WhatIf', 'Confirm' }
            foreach ($parameter in $own) {
                $text = (Get-Help $script:name -Parameter $parameter).description.Text -join ' '
                $text.Length | Should -BeGreaterThan 10 -Because "-$parameter needs help text"
            }
        }

        It 'links its online page, the same as HelpUri' {
            $uri = (Get-Command $script:name).HelpUri
            $uri | Should -Be "https://github.com/papertools/PaperTools/blob/main/docs/en-US/$($script:name).md"
            @($script:help.relatedLinks.navigationLink)[0].uri | Should -Be $uri
        }
    }

    It 'shows the real syntax with the enum values -Format accepts' {
        $syntax = (Get-Help Import-PaperDigest).syntax | Out-String -Width 300
        $syntax | Should -Match 'Import-PaperDigest \[-Path\] <String\[\]>'
        $syntax | Should -Match 'ArxivFeed'
        $syntax | Should -Not -Match 'BibTeX'
        $syntax | Should -Match '-LiteralPath <String\[\]>'
    }

    It 'finds about_PaperTools with the daily workflow and scheduling examples' {
        $topic = Get-Help about_PaperTools | Out-String
        $topic | Should -Match 'about_PaperTools'
        $topic | Should -Match 'Register-ScheduledTask'
        $topic | Should -Match '30 7 \* \* \* NO_COLOR=1 DOTNET_TieredPGO=0 pwsh -NoProfile -Command "Update-PaperLibrary '
        $topic | Should -Match 'EXIT CODES: 0 when everything went through; 1 when any error was written'
        $topic | Should -Match 'OnCalendar='
        $topic | Should -Match 'Export-PaperBibTeX -Path .* -Append'
    }

    It 'finds about_PaperTools_Query with the operators, examples and error forms' {
        $topic = Get-Help about_PaperTools_Query | Out-String
        foreach ($needed in 'title:', 'category:cs\.\*', 'AND', 'OR', '-face', 'QuerySyntax', 'never closed', '\^') {
            $topic | Should -Match $needed
        }
    }

    It 'lists both about topics' {
        (Get-Help about_PaperTools*).Name | Should -Contain 'about_PaperTools_Query'
    }
}
