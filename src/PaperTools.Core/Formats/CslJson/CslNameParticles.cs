namespace PaperTools.Formats.CslJson;

/// <summary>
/// CSL's name particles taken out of a person's family and given names, as citeproc-js parses them and Zotero's own
/// CSL-JSON export writes them (Zotero.Utilities.Item.parseParticles): the lower-case words leading the family name
/// are its non-dropping particle ("van der" of "van der Waals", "d'" of "d'Artagnan", "al-" of "al-Hakim"), those
/// ending the given name its dropping particle ("de" of "Regina Célia de"). Styles sort and shorten by them.
/// </summary>
internal static class CslNameParticles
{
    private const string Joiners = "-'\u02bb\u2019";

    /// <summary>The non-dropping particle leading <paramref name="family"/> (null when none) and the rest.</summary>
    public static (string? Particle, string Family) Leading(string family)
    {
        var start = 0;
        while (true)
        {
            var end = LeadingWordEnd(family, start);
            if (end < 0 || !StartsLowerCase(family, start, end)) break;
            start = end;
        }
        if (start == 0) return (null, family);
        var particle = family.Substring(0, start);
        var trimmed = particle.Trim();
        // "d' Artagnan" keeps its space after the apostrophe, as citeproc-js's trimLast does.
        if (particle[particle.Length - 1] == ' ' && trimmed[trimmed.Length - 1] is '\'' or '\u2019') trimmed += " ";
        return (trimmed, family.Substring(start));
    }

    /// <summary>The dropping particle ending <paramref name="given"/> (null when none) and the rest.</summary>
    public static (string? Particle, string Given) Trailing(string given)
    {
        var end = given.Length;
        while (true)
        {
            var space = given.LastIndexOf(' ', end - 1);
            if (space <= 0 || space == end - 1) break;
            var wordStart = space + 1;
            var before = space;
            while (before > 0 && given[before - 1] == ' ') before--;
            if (before == 0 || !StartsLowerCase(given, wordStart, end)) break;
            end = before;
        }
        return end == given.Length ? (null, given) : (given.Substring(end).Trim(), given.Substring(0, end));
    }

    /// <summary>The inverse of <see cref="Leading"/>: "van" and "Beethoven" as "van Beethoven", "d'" and
    /// "Artagnan" as "d'Artagnan" (a particle ending in a joiner is not spaced); null when both are empty.</summary>
    public static string? JoinLeading(string? particle, string? family)
        => Whitespace.Collapse(particle != null && Joiners.IndexOf(particle[particle.Length - 1]) >= 0
            ? particle + family : particle + " " + family);

    /// <summary>The inverse of <see cref="Trailing"/>: "Regina Célia" and "de" as "Regina Célia de".</summary>
    public static string? JoinTrailing(string? given, string? particle) => Whitespace.Collapse(given + " " + particle);

    // Where the first word of name[start..] ends with its separator and any spaces after it, as citeproc-js's
    // /^([^ ]+(?:-|ʻ|’| |') *)(.+)$/ finds it: at the first space, else after the last joiner inside the word; -1
    // when nothing would be left after it.
    private static int LeadingWordEnd(string name, int start)
    {
        var space = name.IndexOf(' ', start);
        if (space > start)
        {
            var end = space;
            while (end < name.Length && name[end] == ' ') end++;
            return end < name.Length ? end : -1;
        }
        if (space == start) return -1;
        for (var i = name.Length - 2; i > start; i--)
            if (Joiners.IndexOf(name[i]) >= 0) return i + 1;
        return -1;
    }

    // A particle's first letter, past any joiners and spaces, is a lower-case one ("van", "d'", "'t").
    private static bool StartsLowerCase(string name, int start, int end)
    {
        var i = start;
        while (i < end && (Joiners.IndexOf(name[i]) >= 0 || char.IsWhiteSpace(name[i]))) i++;
        if (i >= end) return false;
        var first = name[i].ToString();
        return first.ToUpperInvariant() != first;
    }
}
