using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// The feed's own fields, met before its items (RSS 1.0 channel, RSS 2.0 channel head, Atom feed head): what an item
/// that does not name its journal, ISSN or publisher takes. Only the first of each counts: a later &lt;title&gt;
/// belongs to the feed's image or text input.
/// </summary>
internal sealed class TocChannel
{
    /// <summary>The local names of the feed fields <see cref="Note"/> takes.</summary>
    public static readonly string[] FieldNames = { "title", "publicationName", "publisher", "issn", "eIssn" };

    // "Angewandte Chemie: Table of Contents", "Nature - Latest Issue": the journal is the part before.
    private static readonly Regex FeedSuffix = new(
        @"\s*[:|–-]\s*(?:Table of Contents|TOC|Latest (?:Issue|Articles|Results)|Current Issue|Advance Articles"
        + @"|Early View|Online First)\s*$",
        RegexOptions.IgnoreCase | Patterns.Safe);

    public string? Title { get; private set; }
    public string? PublicationName { get; private set; }
    public string? Publisher { get; private set; }
    public string? Issn { get; private set; }
    public string? EIssn { get; private set; }

    /// <summary>Keeps the value of a feed field; returns null, for the record walk, as no paper.</summary>
    public Paper? Note(XElement field)
    {
        var value = FeedText.Plain(field.Value);
        switch (field.Name.LocalName)
        {
            case "title": Title ??= value; break;
            case "publicationName": PublicationName ??= value; break;
            case "publisher": Publisher ??= value; break;
            case "issn": Issn ??= value; break;
            case "eIssn": EIssn ??= value; break;
        }
        return null;
    }

    /// <summary>The journal the feed names, unless that is the item's own title (a publisher slip).</summary>
    public string? Journal(string? itemTitle)
    {
        if (PublicationName != null && !JournalTocMapping.SameText(PublicationName, itemTitle)) return PublicationName;
        return Title == null ? null : Whitespace.Collapse(FeedSuffix.Replace(Title, string.Empty));
    }
}
