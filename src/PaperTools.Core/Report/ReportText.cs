using System.Globalization;
using PaperTools.Digests;
using PaperTools.Validation;

namespace PaperTools.Report;

/// <summary>
/// What every renderer shows of a paper, worked out once: digest text made safe to display (one line, no control,
/// bidi or other format characters that could reorder or hide what is around them, no half surrogate pairs), the
/// abstract cut at a sentence, and links only to the paper's own http(s) addresses.
/// </summary>
public static class ReportText
{
    /// <summary>Abstracts longer than this are cut at the last sentence end before it.</summary>
    public const int AbstractLength = 600;

    /// <summary>Authors shown before "and N more".</summary>
    public const int AuthorsShown = 12;

    /// <summary>Digest text on one line with only displayable characters; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (!NeedsCleaning(text)) return Whitespace.Collapse(text);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') sb.Append('\uFFFD');
            else if (char.IsWhiteSpace(c)) sb.Append(' ');
            else if (Hidden(c)) continue;
            else sb.Append(c);
        }
        return Whitespace.Collapse(sb.ToString());
    }

    // Most digest text is printable already: one pass that only reads says so, and nothing is copied.
    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c < ' ' || (c >= '\u007F' && (char.IsSurrogate(c) || c >= '\uFFFE' || Hidden(c)))) return true;
        return false;
    }

    // Controls and format characters (bidi embeddings, overrides and isolates, invisible operators) except the joiners
    // scripts need between letters.
    private static bool Hidden(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category == UnicodeCategory.Control
               || (category == UnicodeCategory.Format && c != '\u200C' && c != '\u200D');
    }

    /// <summary>The abstract cleaned and, when long, cut after the last sentence that ends within the limit.</summary>
    public static string? ShortAbstract(string? text, int limit = AbstractLength)
    {
        var clean = Clean(text);
        if (clean == null || clean.Length <= limit) return clean;
        for (var at = limit - 1; at > limit / 3; at--)
            if ((clean[at] == '.' || clean[at] == '?' || clean[at] == '!') && clean[at + 1] == ' ')
                return clean.Substring(0, at + 1) + " …";
        var space = clean.LastIndexOf(' ', limit - 1, limit - limit / 3);
        var cut = space > 0 ? space : limit;
        if (char.IsHighSurrogate(clean[cut - 1])) cut--;
        return clean.Substring(0, cut) + " …";
    }

    public static string Title(Paper paper) => Clean(paper.Title) ?? paper.Id ?? "(untitled)";

    /// <summary>"A. One, B. Two and 3 more"; null when none are stated.</summary>
    public static string? Authors(Paper paper)
    {
        var names = paper.Authors.Select(Clean).Where(n => n != null).ToList();
        if (names.Count == 0) return null;
        if (names.Count <= AuthorsShown) return string.Join(", ", names);
        return string.Join(", ", names.Take(AuthorsShown)) + $" and {names.Count - AuthorsShown} more";
    }

    /// <summary>Published (else the digest's date) as yyyy-MM-dd, else the year; null when neither is known.</summary>
    public static string? Date(Paper paper)
    {
        var date = paper.Published ?? paper.DigestDate;
        return date.HasValue
            ? date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : paper.Year?.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The venue (or journal reference) and the categories, as one line.</summary>
    public static string? Venue(Paper paper)
    {
        var parts = new List<string>();
        var venue = Clean(paper.Venue) ?? Clean(paper.JournalRef);
        if (venue != null) parts.Add(venue);
        var categories = string.Join(", ", paper.Categories.Select(Clean).Where(c => c != null));
        if (categories.Length > 0) parts.Add(categories);
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// <summary>
    /// The paper's page: Url, else its arXiv abstract page, else its DOI; only http(s), percent-encoded.
    /// </summary>
    public static string? AbstractLink(Paper paper)
        => WebAddress.ToSafe(paper.Url) ?? WebAddress.ToSafe(ArxivLinks.Abstract(paper.ArxivId))
           ?? (string.IsNullOrEmpty(paper.Doi) ? null : WebAddress.ToSafe("https://doi.org/" + paper.Doi.Trim()));

    public static string? PdfLink(Paper paper)
        => WebAddress.ToSafe(paper.PdfUrl) ?? WebAddress.ToSafe(ArxivLinks.Pdf(paper.ArxivId));

    public static string? CodeLink(Paper paper) => WebAddress.ToSafe(paper.CodeUrl);

    /// <summary>
    /// The digests the paper was seen in: "daily.txt (2025-08-20), feed.xml"; null when it names none.
    /// </summary>
    public static string? SeenIn(Paper paper)
    {
        var records = paper.SeenIn.Length > 0 ? paper.SeenIn : new[] { PaperProvenance.Of(paper) };
        var seen = new List<string>();
        foreach (var record in records)
        {
            var name = Clean(string.IsNullOrEmpty(record.Source) ? null : Path.GetFileName(record.Source));
            if (name == null) continue;
            var entry = record.DigestDate.HasValue ? $"{name} ({record.DigestDate.Value:yyyy-MM-dd})" : name;
            if (!seen.Contains(entry)) seen.Add(entry);
        }
        return seen.Count == 0 ? null : string.Join(", ", seen);
    }
}
