namespace PaperTools.Search;

/// <summary>
/// arXiv's active categories with their names (cs.LG, Machine Learning), shipped as data (ArxivTaxonomy.tsv, an
/// embedded resource taken from arXiv's own taxonomy definitions), so -Category completes without any paper read yet.
/// </summary>
public static class ArxivTaxonomy
{
    private const string ResourceName = "PaperTools.Search.ArxivTaxonomy.tsv";

    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> Loaded =
        new Lazy<IReadOnlyList<KeyValuePair<string, string>>>(Load);

    private static readonly Lazy<Dictionary<string, string>> ById =
        new Lazy<Dictionary<string, string>>(() => Categories.ToDictionary(c => c.Key, c => c.Value,
            StringComparer.OrdinalIgnoreCase));

    /// <summary>Every active category, id then name, ordered by id.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Categories => Loaded.Value;

    /// <summary>The name of category <paramref name="id"/> ("Machine Learning" for cs.LG); null when arXiv has no such
    /// category.</summary>
    public static string? NameOf(string? id) => id != null && ById.Value.TryGetValue(id, out var name) ? name : null;

    private static IReadOnlyList<KeyValuePair<string, string>> Load()
    {
        using (var stream = typeof(ArxivTaxonomy).Assembly.GetManifestResourceStream(ResourceName))
        using (var reader = new StreamReader(stream ?? throw new InvalidOperationException(ResourceName
            + " is not embedded in PaperTools.Core.")))
        {
            var categories = new List<KeyValuePair<string, string>>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var tab = line.IndexOf('\t');
                if (tab > 0) categories.Add(new KeyValuePair<string, string>(line.Substring(0, tab),
                    line.Substring(tab + 1)));
            }
            return categories;
        }
    }
}
