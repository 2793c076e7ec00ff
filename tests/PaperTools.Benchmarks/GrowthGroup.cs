#nullable enable
using System;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Export;
using PaperTools.Formats.Ris;

namespace PaperTools.Benchmarks;

/// <summary>
/// Work that must grow in proportion to its input (issue #21): one CSL-JSON item of 1, 8 and 32 MB imported, and
/// 5,000, 20,000 and 80,000 papers that all want one citation key given their keys for RIS. Each larger size is
/// compared with the smallest one's time scaled to its size (the peer column): the ratio is at least 0.67 when the
/// time is within 1.5x of proportional; quadratic work shows as the size factor's inverse (0.13x at 8x, 0.03x at 32x).
/// </summary>
internal static class GrowthGroup
{
    private const double WithinOneAndAHalf = 1 / 1.5;

    public static void Run(BenchmarkOptions options, string folder, ResultTable table)
    {
        var megabytes = options.Quick ? new[] { 1, 2, 4 } : new[] { 1, 8, 32 };
        Grow(table, "one CSL-JSON item (`Import-PaperDigest` in Core)", megabytes, mb => $"{mb} MB item", mb =>
        {
            var path = Path.Combine(folder, $"item-{mb}mb.csl.json");
            File.WriteAllText(path, BigItem(mb * 1_000_000));
            return () => CoreImportGroup.Import(path) == 2
                ? 2 : throw new InvalidDataException($"The {mb} MB item was not read whole.");
        });
        var counts = options.Quick ? new[] { 1_000, 2_000, 4_000 } : new[] { 5_000, 20_000, 80_000 };
        var keyed = "papers wanting one citation key, keyed for RIS (ExportSession)";
        Grow(table, keyed, counts, n => $"{n:N0} papers", n =>
        {
            var papers = SharingOneKey(n);
            return () => KeysFor(papers) == n
                ? n : throw new InvalidDataException($"{n:N0} papers did not get {n:N0} distinct keys.");
        });
    }

    private static void Grow(
        ResultTable table, string scenario, int[] sizes, Func<int, string> label, Func<int, Func<object>> prepare)
    {
        var smallest = Measurement.Of(prepare(sizes[0]), memory: false);
        foreach (var size in sizes.Skip(1))
        {
            var ours = Measurement.Of(prepare(size), memory: false);
            var proportional = new Measurement(smallest.Time * ((double)size / sizes[0]));
            table.Add(new ResultRow
            {
                Scenario = scenario, Size = label(size), Ours = ours, Target = WithinOneAndAHalf,
                PeerLabel = $"{label(sizes[0])} ({ResultTable.Show(smallest)}) scaled to size", Peer = proportional,
            });
        }
    }

    // One session keys them all: each paper after the first takes the next suffix of the one key they share. The
    // session is told its input first, as every exporter tells it (PaperFileExporter, the ConvertTo cmdlets).
    private static int KeysFor(Paper[] papers)
    {
        var session = new ExportSession<KeyedPaper>(new RisFileFormat());
        session.Know(papers);
        return papers.Select(p => session.Add(p)?.Key).Distinct().Count();
    }

    /// <summary>
    /// The same first author, year and first title word (one Google Scholar key), distinct works otherwise.
    /// </summary>
    private static Paper[] SharingOneKey(int count)
        => Enumerable.Range(0, count).Select(i => new Paper
        {
            Title = $"Attention {Words(i)} in sequence transduction",
            Authors = new[] { "Ashish Vaswani", $"Coauthor {Words(i * 7 + 3)}" },
            Year = 2017,
        }).ToArray();

    // A distinct short word run per number, letters only (titles compare without digits).
    private static string Words(int n)
    {
        var text = new StringBuilder();
        do
        {
            text.Append("bcdfghjklmnpqrstvwxz"[n % 20]).Append("aeiou"[n / 20 % 5]);
            n /= 100;
        } while (n > 0);
        return text.ToString();
    }

    /// <summary>
    /// A CSL-JSON list whose first item holds authors up to <paramref name="bytes"/>, then one small item.
    /// </summary>
    private static string BigItem(int bytes)
    {
        var text = new StringBuilder(bytes + 200);
        text.Append("[\n{\"id\": \"big\", \"type\": \"article-journal\", ");
        text.Append("\"title\": \"A consortium paper\", \"author\": [\n");
        for (var i = 0; text.Length < bytes; i++)
        {
            text.Append(i == 0 ? "" : ",\n");
            text.Append("{\"family\": \"Member").Append(Words(i)).Append("\", \"given\": \"A.\"}");
        }
        text.Append("]},\n{\"id\": \"after\", \"type\": \"article-journal\", \"title\": \"The next item\"}\n]\n");
        return text.ToString();
    }
}
