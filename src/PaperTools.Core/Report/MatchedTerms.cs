namespace PaperTools.Report;

/// <summary>
/// The terms several queries found in one paper, merged field by field: Find-Paper's notes "title: margin, loss" and
/// "title: loss; abstract: softmax" make "title: margin, loss; abstract: softmax".
/// </summary>
internal sealed class MatchedTerms
{
    private readonly List<(string Field, List<string> Terms)> fields = new();

    /// <summary>Adds one Matches note ("field: term, term; field: term"); null or empty adds nothing.</summary>
    public void Add(string? note)
    {
        if (string.IsNullOrEmpty(note)) return;
        foreach (var part in note.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            var field = colon < 0 ? string.Empty : part.Substring(0, colon);
            var terms = (colon < 0 ? part : part.Substring(colon + 2))
                .Split(", ", StringSplitOptions.RemoveEmptyEntries);
            var entry = fields.FirstOrDefault(f => f.Field == field);
            if (entry.Terms == null) fields.Add(entry = (field, new List<string>()));
            foreach (var term in terms) if (!entry.Terms.Contains(term)) entry.Terms.Add(term);
        }
    }

    /// <summary>The merged note; null when no query term was found (a category-only profile).</summary>
    public override string? ToString()
        => fields.Count == 0 ? null : string.Join("; ", fields.Select(f =>
            f.Field.Length == 0 ? string.Join(", ", f.Terms) : $"{f.Field}: {string.Join(", ", f.Terms)}"));
}
