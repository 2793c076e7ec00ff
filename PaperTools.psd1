@{
    RootModule           = 'PaperTools.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f7a4e-3c1d-4f8e-9a62-7d1e2c9b8a31'
    Author               = 'PaperTools contributors'
    CompanyName          = 'PaperTools'
    Copyright            = '(c) PaperTools contributors. MIT licence.'
    Description          = 'Reads paper digests (Hugging Face Daily Papers, arXiv listings and feeds, Google Scholar alerts) into objects, searches them, and writes safe, stable BibTeX.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('PaperTools.format.ps1xml')
    HelpInfoURI          = 'https://github.com/papertools/PaperTools/tree/main/docs/en-US/'
    CmdletsToExport      = @(
        'ConvertTo-PaperBibTeX'
        'ConvertTo-PaperCslJson'
        'ConvertTo-PaperReport'
        'ConvertTo-PaperRis'
        'ConvertTo-PaperRow'
        'Export-PaperBibTeX'
        'Export-PaperCslJson'
        'Export-PaperReport'
        'Export-PaperRis'
        'Find-Paper'
        'Get-PaperDuplicate'
        'Import-PaperBibTeX'
        'Import-PaperDigest'
        'Merge-PaperDuplicate'
        'Update-PaperLibrary'
        'Update-PaperMetadata'
        'Update-PaperPublication'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('BibTeX', 'arXiv', 'HuggingFace', 'Bibliography', 'Library', 'Papers', 'Research')
            LicenseUri   = 'https://github.com/papertools/PaperTools/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/papertools/PaperTools'
            # The build replaces this with CHANGELOG.md's section for ModuleVersion in output/PaperTools/PaperTools.psd1.
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
