using System.Text.RegularExpressions;

namespace PaperTools.Digests.Scholar;

/// <summary>
/// The green line under a Scholar result: "A Author, B Author… - Venue, 2024 - publisher.com". The author
/// list may be cut with "…", the venue may be missing or cut, the host may be missing.
/// </summary>
internal sealed class ScholarByline
{
    private static readonly Regex Dash = new Regex(@"\s+[-–]\s+", Patterns.Safe);
    private static readonly Regex VenueAndYear = new Regex(@"^(?:(?<venue>.*?),?\s+)?(?<year>(?:19|20)[0-9]{2})$",
        Patterns.Safe);
    private static readonly Regex Ellipsis = new Regex(@"\s*(?:…|\.\.\.)\s*$", Patterns.Safe);
    private static readonly Regex Host = new Regex(@"^[\w-]+(?:\.[\w-]+)+$", Patterns.Safe);

    /// <summary>The authors Scholar names; when it cut the list short ("…"), only those shown.</summary>
    public string[] Authors { get; private set; } = Array.Empty<string>();

    public string? Venue { get; private set; }
    public int? Year { get; private set; }

    public static ScholarByline Parse(string? line)
    {
        var byline = new ScholarByline();
        var text = Whitespace.Collapse(line);
        if (text == null) return byline;
        var parts = Dash.Split(text);
        byline.ReadAuthors(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var venueAndYear = VenueAndYear.Match(part);
            if (venueAndYear.Success)
            {
                byline.Year = int.Parse(venueAndYear.Groups["year"].Value,
                    System.Globalization.CultureInfo.InvariantCulture);
                byline.Venue = Whitespace.Collapse(venueAndYear.Groups["venue"].Value);
            }
            else if (i == 1 && !Host.IsMatch(part)) byline.Venue = part;
        }
        return byline;
    }

    private void ReadAuthors(string list)
    {
        var names = new List<string>();
        foreach (var raw in list.Split(','))
        {
            var name = Ellipsis.Replace(raw, string.Empty).Trim();
            if (name.Length > 0) names.Add(name);
        }
        Authors = names.ToArray();
    }
}
