using System.Text.RegularExpressions;

namespace PaperTools.Digests.Biorxiv;

/// <summary>
/// bioRxiv's and medRxiv's author lists: "Kukla, D., Crampton, A., Wood, D., Khetani, S." Every comma
/// separates, so the list is read in pairs of family name and initials; a part that is not initials (a
/// consortium) stands alone. Names are kept as "Family, Initials", the split the feed itself makes.
/// </summary>
internal static class BiorxivAuthors
{
    // "D.", "J. A.", "J.-P.", "JA", "Mc." : capitals, each optionally followed by a dot or hyphen, at most a few.
    private static readonly Regex Initials = new Regex(@"^(?:\p{Lu}\p{Ll}?\.?[\s-]*){1,4}$", Patterns.Safe);

    public static string[] Split(string list)
    {
        var text = Whitespace.Collapse(list);
        if (text == null) return Array.Empty<string>();
        var parts = text.Split(',');
        var names = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            var family = Whitespace.Collapse(parts[i]);
            if (family == null) continue;
            var given = i + 1 < parts.Length ? Whitespace.Collapse(parts[i + 1]) : null;
            // "Li, X." pairs although "Li" could be initials: the dotted part is the initials.
            if (given != null && Initials.IsMatch(given) && (!Initials.IsMatch(family) || given.IndexOf('.') >= 0))
            {
                names.Add(family + ", " + given);
                i++;
            }
            else names.Add(family);
        }
        return names.ToArray();
    }
}
