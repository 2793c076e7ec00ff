using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata.Loopback;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// The loopback services' knowledge of the five shared digests, built from the digests themselves: no public repository
/// keeps the services' records of these papers, so each paper's record takes the digest's title (as arXiv would spell
/// it: "A Large" where the digest glued "ALarge", and some in sentence case, without hyphens, with British spelling
/// or a closing full stop, as titles differ between sources) and abstract, with a made-up arXiv id consistent with
/// the digest date, authors (accents included), dates, categories, and for some a DOI and journal reference. About
/// 4% of the papers are unknown to every service. Searches answer near misses first (the categories measured in
/// TitleThresholdMeasurement: sequels, "Improved …", surveys, "Towards …", a swapped word, reordered halves) for every
/// unknown paper and a quarter of the known ones. Every choice derives from a hash of the title, so runs are repeatable.
/// </summary>
public sealed class SharedDigestCatalog
{
    private static readonly string[] Given = { "Joan", "Kenji", "Yiwen", "Priya", "Zoë", "Łukasz", "José", "Aisha", "Hannah", "Samuel", "Björn", "Chloé", "Mateo", "Nguyễn", "Søren", "Ines", "Rafał", "Amélie", "Tomás", "Yuki" };
    private static readonly string[] Family = { "Solà", "Sato", "Zhou", "Natarajan", "Ørsted", "Kaiser", "Martínez", "Bello", "Becker", "Vaiter", "Öberg", "Lefèvre", "García", "Văn An", "Kierkegaard", "Müller", "Wójcik", "Dubois", "Peña", "Tanaka", "Smith", "O'Neil" };
    private static readonly string[] Categories = { "cs.LG", "cs.CV", "cs.CL", "stat.ML", "cs.AI", "eess.AS", "math.OC", "cs.RO" };
    private static readonly string[] SwapWords = { "Segmentation", "Classification", "Detection", "Generation", "Retrieval", "Alignment" };

    private readonly Dictionary<string, KnownPaper> byKey = new Dictionary<string, KnownPaper>(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new HashSet<string>(StringComparer.Ordinal);

    public SharedDigestCatalog(IReadOnlyList<Paper> digestPapers)
    {
        Catalog = new ServiceCatalog();
        foreach (var group in digestPapers.GroupBy(Key))
        {
            var first = group.First();
            var hash = Hash(group.Key);
            if (hash % 100 < 4)
            {
                byKey[group.Key] = null;
                Unknown++;
                AddNearMisses(first.Title, hash, 2);
                continue;
            }
            var record = MakeRecord(first, group.Select(p => p.DigestDate).FirstOrDefault(d => d != null), hash);
            byKey[group.Key] = record;
            Catalog.Add(record);
            if (hash % 4 == 0) AddNearMisses(first.Title, hash, 1);
        }
        foreach (var day in digestPapers.Where(p => p.DigestDate != null).GroupBy(p => p.DigestDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            foreach (var record in day.Select(p => byKey[Key(p)]).Where(r => r != null).Distinct()) Catalog.AddToDailyList(day.Key, record);
            // A real day's list holds more than one digest shows.
            for (var i = 0; i < 3; i++) Catalog.AddToDailyList(day.Key, MakeOther($"Unrelated Work {i + 1} Posted on {day.Key}", Hash(day.Key) + (uint)i));
        }
    }

    public ServiceCatalog Catalog { get; }

    /// <summary>Distinct works no service knows.</summary>
    public int Unknown { get; }

    /// <summary>The record the services hold for a digest paper; null when they hold none.</summary>
    public KnownPaper Expected(Paper digestPaper) => byKey[Key(digestPaper)];

    private static string Key(Paper paper) => TitleSimilarity.Comparable(paper.Title).Replace(" ", string.Empty);

    private KnownPaper MakeRecord(Paper paper, DateTime? digestDate, uint hash)
    {
        DateTime published;
        if (digestDate != null) published = digestDate.Value.Date.AddDays(-(int)(1 + hash % 6));
        else published = new DateTime(2019 + (int)(hash % 7), 1 + (int)(hash / 7 % 12), 1 + (int)(hash / 97 % 27));
        var record = new KnownPaper
        {
            ArxivId = NewId(published, hash),
            Version = 1 + (int)(hash / 13 % 3),
            Title = SpelledByArxiv(paper.Title, hash),
            Authors = Enumerable.Range(0, 1 + (int)(hash / 17 % 6)).Select(i => Given[(hash / 3 + (uint)i * 7) % Given.Length] + " " + Family[(hash / 5 + (uint)i * 11) % Family.Length]).Distinct().ToArray(),
            Published = published,
            Categories = new[] { Categories[hash % Categories.Length], Categories[(hash / 11) % Categories.Length] }.Distinct().ToArray(),
            Abstract = paper.Abstract ?? "No abstract in the digest.",
        };
        if (hash % 9 == 0)
        {
            record.Doi = $"10.5555/jmlr.{published.Year}.{hash % 100000:00000}";
            record.JournalRef = $"Journal of Machine Learning Research {published.Year - 1999} ({published.Year}) {hash % 300 + 1}-{hash % 300 + 31}";
            record.Venue = "Journal of Machine Learning Research";
        }
        return record;
    }

    private KnownPaper MakeOther(string title, uint hash)
    {
        var published = new DateTime(2024, 1 + (int)(hash % 12), 1 + (int)(hash / 12 % 27));
        return new KnownPaper
        {
            ArxivId = NewId(published, hash),
            Title = title,
            Authors = new[] { Given[hash % Given.Length] + " " + Family[hash / 3 % Family.Length] },
            Published = published,
            Categories = new[] { Categories[hash % Categories.Length] },
            Abstract = "A paper about something else.",
            Doi = $"10.5555/other.{hash % 1000000:000000}",
            Venue = "Transactions on Other Things",
        };
    }

    /// <summary>Near misses for <paramref name="title"/>: different works, with their own ids, DOIs and authors, that searches put first.</summary>
    private void AddNearMisses(string title, uint hash, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var kind = (int)((hash / 19 + (uint)i) % 6);
            var decoy = MakeOther(NearMiss(title, kind), hash * 31 + (uint)i);
            Catalog.AddNearMiss(title, decoy);
        }
    }

    private static string NearMiss(string title, int kind)
    {
        var colon = title.IndexOf(':');
        switch (kind)
        {
            case 0:
                var number = Regex.Match(title, @"\d+");
                if (number.Success) return title.Substring(0, number.Index) + (long.Parse(number.Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture) + title.Substring(number.Index + number.Length);
                return colon > 0 ? title.Substring(0, colon) + " 2" + title.Substring(colon) : title + " II";
            case 1: return "Improved " + title;
            case 2: return title + ": A Survey";
            case 3: return "Towards " + title;
            case 4:
                var words = title.Split(' ');
                var swap = SwapWords[words.Length % SwapWords.Length];
                words[words.Length - 1] = string.Equals(words[words.Length - 1], swap, StringComparison.OrdinalIgnoreCase) ? SwapWords[(words.Length + 1) % SwapWords.Length] : swap;
                return string.Join(" ", words);
            default:
                return colon > 0 ? title.Substring(colon + 1).Trim() + ": " + title.Substring(0, colon) : "Rethinking " + title;
        }
    }

    /// <summary>The digest's title as arXiv spells it: its glued "ALarge" split, and for some papers another house style.</summary>
    private static string SpelledByArxiv(string title, uint hash)
    {
        var repaired = Regex.Replace(title, @"\bA(?=[A-Z][a-z])", "A ");
        switch (hash / 23 % 10)
        {
            case 0: return SentenceCase(repaired);
            case 1: return repaired.Replace('-', ' ');
            case 2: return repaired + ".";
            case 3: return repaired.Replace("ization", "isation");
            default: return repaired;
        }
    }

    private static string SentenceCase(string title)
        => string.Join(" ", title.Split(' ').Select((w, i) => i == 0 || w.Count(char.IsUpper) > 1 || w.Any(char.IsDigit) ? w : w.ToLowerInvariant()));

    private string NewId(DateTime published, uint hash)
    {
        var prefix = published.ToString("yyMM", CultureInfo.InvariantCulture) + ".";
        var number = (int)(hash % 90000) + 10000;
        while (!usedIds.Add(prefix + number.ToString(CultureInfo.InvariantCulture))) number = number == 99999 ? 10000 : number + 1;
        return prefix + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>FNV-1a: string.GetHashCode changes from run to run.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
