using System.Text.RegularExpressions;
using PaperTools.Validation;

namespace PaperTools.Publication;

/// <summary>
/// What a published record may bring into a .bib: a DOI that passes <see cref="DoiGrammar"/>, plain text for the
/// container and publisher (no TeX command, group, math or markup: the writer escapes text, it does not vet code),
/// and short numbering for volume, issue and pages. A record with anything else is refused whole.
/// </summary>
public static class ReplyValues
{
    private const int MaxText = 300;
    private static readonly Regex Numbering = new Regex(@"^[\p{L}\p{N}][\p{L}\p{N} .,:/()\u2013\u2014-]{0,39}$",
        Patterns.Safe);

    /// <summary>The first field that cannot be written, as "name 'value'"; null when every one can.</summary>
    public static string? Unsafe(PublishedWork work)
    {
        if (DoiGrammar.ToSafe(work.Doi) == null) return $"DOI '{work.Doi}'";
        foreach (var (name, value) in new[] { ("container", work.Container), ("publisher", work.Publisher) })
            if (value != null && !IsPlain(value)) return $"{name} '{value}'";
        foreach (var (name, value) in new[] { ("volume", work.Volume), ("issue", work.Issue), ("pages", work.Pages) })
            if (value != null && !Numbering.IsMatch(value)) return $"{name} '{value}'";
        return null;
    }

    private static bool IsPlain(string text)
    {
        if (text.Length > MaxText) return false;
        foreach (var c in text)
            if (char.IsControl(c) || c == '\\' || c == '{' || c == '}' || c == '$' || c == '<'
                || c == '>') return false;
        return true;
    }
}
