using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperTools.Tests.Metadata.Loopback;

/// <summary>One record the loopback services hold: an arXiv paper (ArxivId set) or a work known to Crossref only.</summary>
public sealed class KnownPaper
{
    public string ArxivId;
    public int Version = 1;
    public string Title;
    public string[] Authors = new string[0];
    public DateTime Published;
    public string[] Categories = new string[0];
    public string Abstract;
    public string Doi;
    public string JournalRef;
    public string Venue;

    public override string ToString() => (ArxivId ?? Doi) + " " + Title;
}

/// <summary>
/// What the loopback services know: records, the Hugging Face daily lists by date, and the near misses a search
/// engine puts first for a title. Searches rank records by shared title words, as a search engine would, so the
/// right record is found from a digest's slightly different spelling and the near misses are found too.
/// Self-contained (no PaperTools or xunit types), so Pester compiles the same file with Add-Type.
/// </summary>
public sealed class ServiceCatalog
{
    private readonly List<KnownPaper> records = new List<KnownPaper>();
    private readonly Dictionary<string, List<KnownPaper>> dailyLists = new Dictionary<string, List<KnownPaper>>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownPaper>> nearMisses = new Dictionary<string, List<KnownPaper>>(StringComparer.Ordinal);
    private readonly object gate = new object();

    public IReadOnlyList<KnownPaper> Records { get { lock (gate) return records.ToList(); } }

    public void Add(KnownPaper paper) { lock (gate) records.Add(paper); }

    /// <summary>Puts <paramref name="paper"/> (added to the records if new) on the Hugging Face list of <paramref name="day"/> (yyyy-MM-dd).</summary>
    public void AddToDailyList(string day, KnownPaper paper)
    {
        lock (gate)
        {
            if (!records.Contains(paper)) records.Add(paper);
            if (!dailyLists.TryGetValue(day, out var list)) dailyLists[day] = list = new List<KnownPaper>();
            list.Add(paper);
        }
    }

    /// <summary>A different work that every search for <paramref name="title"/> answers first.</summary>
    public void AddNearMiss(string title, KnownPaper decoy)
    {
        lock (gate)
        {
            if (!records.Contains(decoy)) records.Add(decoy);
            var key = Words(title);
            if (!nearMisses.TryGetValue(key, out var list)) nearMisses[key] = list = new List<KnownPaper>();
            list.Add(decoy);
        }
    }

    public IReadOnlyList<KnownPaper> DailyList(string day)
    {
        lock (gate) return dailyLists.TryGetValue(day, out var list) ? list.ToList() : new List<KnownPaper>();
    }

    public KnownPaper ByArxivId(string id)
    {
        lock (gate) return records.FirstOrDefault(r => r.ArxivId != null && string.Equals(r.ArxivId, id, StringComparison.OrdinalIgnoreCase));
    }

    public KnownPaper ByDoi(string doi)
    {
        lock (gate) return records.FirstOrDefault(r => r.Doi != null && string.Equals(r.Doi, doi, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The near misses for the query first, then the records sharing most title words, best first.</summary>
    public IReadOnlyList<KnownPaper> Search(string query, int rows, Func<KnownPaper, bool> holds)
    {
        var words = Words(query);
        var queryWords = new HashSet<string>(words.Split(' '), StringComparer.Ordinal);
        lock (gate)
        {
            var first = nearMisses.TryGetValue(words, out var decoys) ? decoys.Where(holds).ToList() : new List<KnownPaper>();
            var ranked = records.Where(holds).Where(r => !first.Contains(r))
                .Select(r => (Record: r, Score: Jaccard(queryWords, new HashSet<string>(Words(r.Title).Split(' '), StringComparer.Ordinal))))
                .Where(x => x.Score >= 0.3).OrderByDescending(x => x.Score).Select(x => x.Record);
            return first.Concat(ranked).Take(rows).ToList();
        }
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Lower case, accents off, words of letters and digits: enough for a search engine's matching.</summary>
    public static string Words(string text)
    {
        var decomposed = (text ?? string.Empty).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(" ", sb.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
    }
}
