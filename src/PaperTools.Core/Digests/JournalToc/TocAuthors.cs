using System.Text.RegularExpressions;
using PaperTools.Digests.Arxiv;
using PaperTools.Digests.Biorxiv;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// The names in a TOC item's creators. Several dc:creator (or Atom author) elements hold one name each. One element
/// may hold the whole list: split at semicolons when it has them ("Smith, John; Doe, Jane"); in pairs when it reads
/// "Family, I., Family, I." (as bioRxiv writes it); else at commas and "and" ("Ada Lovelace, Alan Turing and …").
/// A lone "Family, Given" of one word each side is one inverted name, not two.
/// </summary>
internal static class TocAuthors
{
    private static readonly Regex OneInvertedName = new(
        @"^[\p{L}'’-]+,\s*[\p{L}'’.-]+$", Patterns.Safe);

    public static string[] Of(IReadOnlyList<string> creators)
    {
        if (creators.Count != 1) return creators.Select(FeedText.Plain).OfType<string>().ToArray();
        var list = FeedText.Plain(creators[0]);
        if (list == null) return Array.Empty<string>();
        if (list.Contains(';'))
            return list.Split(';').Select(Whitespace.Collapse).OfType<string>().ToArray();
        if (OneInvertedName.IsMatch(list)) return new[] { list };
        var pairs = BiorxivAuthors.Split(list);
        return pairs.Any(name => name.Contains(", ", StringComparison.Ordinal)) ? pairs : ArxivAuthors.Split(list);
    }
}
