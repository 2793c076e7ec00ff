namespace PaperTools;

/// <summary>
/// What Import-PaperDigest -Format takes: the shapes a digest reader reads, and Auto. DigestFormat less BibTeX (a .bib
/// file is Import-PaperBibTeX's), with the same numbers, so PowerShell's own enum completion and binding offer and
/// accept exactly these; an ArgumentCompleter cannot narrow an enum parameter's list before a letter is typed.
/// </summary>
public enum DigestShape
{
    Auto = DigestFormat.Auto,
    Text = DigestFormat.Text,
    HuggingFaceHtml = DigestFormat.HuggingFaceHtml,
    HuggingFaceJson = DigestFormat.HuggingFaceJson,
    ArxivEmail = DigestFormat.ArxivEmail,
    ArxivFeed = DigestFormat.ArxivFeed,
    ScholarAlert = DigestFormat.ScholarAlert,
    CrossrefJson = DigestFormat.CrossrefJson,
    BiorxivFeed = DigestFormat.BiorxivFeed,
    ArxivOai = DigestFormat.ArxivOai,
    SemanticScholar = DigestFormat.SemanticScholar,
    OpenAlex = DigestFormat.OpenAlex,
    PubMed = DigestFormat.PubMed,
    Ris = DigestFormat.Ris,
    CslJson = DigestFormat.CslJson,
    JournalToc = DigestFormat.JournalToc,
}
