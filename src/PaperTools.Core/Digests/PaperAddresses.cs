using PaperTools.Diagnostics;
using PaperTools.Validation;

namespace PaperTools.Digests;

/// <summary>
/// Keeps only web addresses in a paper read from a digest. A Scholar alert's link, a feed's link or a JSON
/// item's githubRepo can say javascript:, file:///etc/passwd or \\host\share; such a value never becomes
/// Url, PdfUrl, CodeUrl or ProjectUrl, where scripts open it, put it in HTML or write it to a bibliography.
/// Each one dropped is a DigestUnsafeUrl warning; the paper itself still comes through.
/// </summary>
internal static class PaperAddresses
{
    public static Paper DropUnsafe(Paper paper, DigestSource source, DigestReadContext context)
    {
        paper.Url = Checked(paper.Url, "Url", paper, source, context);
        paper.PdfUrl = Checked(paper.PdfUrl, "PdfUrl", paper, source, context);
        paper.CodeUrl = Checked(paper.CodeUrl, "CodeUrl", paper, source, context);
        paper.ProjectUrl = Checked(paper.ProjectUrl, "ProjectUrl", paper, source, context);
        return paper;
    }

    private static string? Checked(string? address, string property, Paper paper, DigestSource source,
        DigestReadContext context)
    {
        if (string.IsNullOrWhiteSpace(address) || WebAddress.IsWebAddress(address)) return address;
        context.Report(ErrorIds.DigestUnsafeUrl, ProblemCategory.SecurityError,
            $"{property} '{MessageText.Shorten(address)}' is not an http or https address; it was left out of " +
                $"'{paper.Title ?? paper.Id}'.", source.Path, paper.SourceLine);
        return null;
    }
}
