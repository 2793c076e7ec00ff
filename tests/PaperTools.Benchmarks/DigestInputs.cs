using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PaperTools.Digests;

namespace PaperTools.Benchmarks;

/// <summary>
/// The benchmark's digests, written at run time under one temporary folder (deleted at the end, never committed):
/// the real title/abstract pairs of the five shared digests (tests/Fixtures/text), repeated with distinct titles
/// ("… (2)", "… (3)"), as a plain-text digest, the same records as CSV, and as Hugging Face daily_papers JSON.
/// </summary>
internal sealed class DigestInputs : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
    private static readonly string[] Given = { "Joan", "Kenji", "Yiwen", "Priya", "Amara", "Lars", "Sofia", "Tomasz", "Ines", "Wei", "Olu", "Mirela" };
    private static readonly string[] Family = { "Solà", "Sato", "Zhou", "Natarajan", "Okafor", "Lindqvist", "Rossi", "Nowak", "Ferreira", "Chen", "Adeyemi", "Popescu", "Łojasiewicz" };

    private readonly Dictionary<string, string> written = new Dictionary<string, string>();

    private DigestInputs(string folder, IReadOnlyList<Paper> pairs)
    {
        Folder = folder;
        Pairs = pairs;
    }

    public string Folder { get; }

    /// <summary>Every entry of the shared digests that is a paper with both a title and an abstract (579 of them).</summary>
    public IReadOnlyList<Paper> Pairs { get; }

    /// <summary>
    /// A read context that stops the benchmark at any problem, warnings included: its inputs are clean, so a problem
    /// means a scenario would not measure what it says. The sample digests (and the corpora made from them) are of
    /// 2025, stated so that no year is guessed from the files' dates.
    /// </summary>
    public static DigestReadContext StrictContext(DigestFormat format = DigestFormat.Auto)
        => new(new DigestImportOptions { Format = format, Year = 2025 },
            problem => throw new InvalidDataException(problem.Message));

    public static DigestInputs Create(string fixtureFolder)
    {
        var importer = new DigestImporter();
        var context = StrictContext();
        var pairs = Directory.GetFiles(fixtureFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => importer.Import(f, context))
            .Where(p => p.IsPaper && p.Title != null && p.Abstract != null)
            .ToList();
        var folder = Path.Combine(Path.GetTempPath(), "papertools-benchmark-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        return new DigestInputs(folder, pairs);
    }

    public string Title(int i) => i < Pairs.Count ? Pairs[i].Title : $"{Pairs[i % Pairs.Count].Title} ({i / Pairs.Count + 1})";
    public string Abstract(int i) => Pairs[i % Pairs.Count].Abstract;

    /// <summary>A Hugging Face page saved as text: the page furniture, the date line, then title and abstract per paper.</summary>
    public string Text(int papers) => Once($"digest-{papers}.txt", path =>
    {
        using var writer = new StreamWriter(path, false, Utf8, 1 << 20);
        writer.Write("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nAug 20\n\n");
        for (var i = 0; i < papers; i++)
        {
            writer.Write(Title(i));
            writer.Write("\n\n");
            writer.Write(Abstract(i));
            writer.Write("\n\n");
        }
    });

    /// <summary>
    /// A text digest in which every tenth paper repeats an earlier one, title and abstract (the r-th repeat is the
    /// r-th distinct paper again), so it holds papers / 10 works seen twice. Each distinct paper's title is numbered:
    /// the shared digests themselves repeat 26 works, which would add groups of their own.
    /// </summary>
    public string TextWithRepeats(int papers) => Once($"digest-repeats-{papers}.txt", path =>
    {
        using var writer = new StreamWriter(path, false, Utf8, 1 << 20);
        writer.Write("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nAug 20\n\n");
        var distinct = 0;
        for (var i = 0; i < papers; i++)
        {
            var k = i % 10 == 9 ? i / 10 : distinct++;
            writer.Write($"{Pairs[k % Pairs.Count].Title} (paper {k})");
            writer.Write("\n\n");
            writer.Write(Abstract(k));
            writer.Write("\n\n");
        }
    });

    /// <summary>A text digest of at least this many bytes, for the streaming (peak memory) scenario; returns its paper count too.</summary>
    public (string Path, int Papers) TextOfSize(long bytes)
    {
        var average = Pairs.Average(p => Utf8.GetByteCount(p.Title) + Utf8.GetByteCount(p.Abstract) + 8.0);
        var papers = (int)Math.Ceiling(bytes / average);
        return (Text(papers), papers);
    }

    /// <summary>The same records as CSV (Title, Abstract), what Import-Csv reads.</summary>
    public string Csv(int papers) => Once($"digest-{papers}.csv", path =>
    {
        using var writer = new StreamWriter(path, false, Utf8, 1 << 20);
        writer.Write("\"Title\",\"Abstract\"\n");
        for (var i = 0; i < papers; i++)
        {
            writer.Write('"');
            writer.Write(Title(i).Replace("\"", "\"\""));
            writer.Write("\",\"");
            writer.Write(Abstract(i).Replace("\"", "\"\""));
            writer.Write("\"\n");
        }
    });

    /// <summary>
    /// A journal's TOC feed as publishers serve it (RSS 1.0 with PRISM and Dublin Core, in nature.com's shape): per
    /// item the title, link, abstract, two dc:creator, a DOI, journal, volume, issue, pages and cover date.
    /// </summary>
    public string TocFeed(int papers) => Once($"toc-{papers}.rdf", path =>
    {
        using var writer = new StreamWriter(path, false, Utf8, 1 << 20);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            + "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\">\n"
            + "<channel rdf:about=\"https://journal.example.org/rss\"><title>Journal of Examples</title>"
            + "<dc:publisher>Example Press</dc:publisher><prism:publicationName>Journal of Examples</prism:publicationName>"
            + "<prism:issn>1234-5678</prism:issn></channel>\n");
        for (var i = 0; i < papers; i++)
        {
            var link = $"https://journal.example.org/articles/{i}";
            writer.Write($"<item rdf:about=\"{link}\"><title>{Xml(Title(i))}</title><link>{link}</link>"
                + $"<description>{Xml(Abstract(i))}</description>"
                + $"<dc:creator>{Given[i % Given.Length]} {Family[i % Family.Length]}</dc:creator>"
                + $"<dc:creator>{Given[(i + 5) % Given.Length]} {Family[(i + 7) % Family.Length]}</dc:creator>"
                + $"<dc:identifier>doi:10.5555/example.{i}</dc:identifier><dc:date>2025-03-{i % 28 + 1:00}</dc:date>"
                + "<prism:publicationName>Journal of Examples</prism:publicationName>"
                + $"<prism:doi>10.5555/example.{i}</prism:doi><prism:volume>{12 + i / 1000}</prism:volume>"
                + $"<prism:number>{i / 100 % 12 + 1}</prism:number><prism:startingPage>{i % 100 * 10 + 1}</prism:startingPage>"
                + $"<prism:endingPage>{i % 100 * 10 + 9}</prism:endingPage><prism:coverDate>2025-03</prism:coverDate></item>\n");
        }
        writer.Write("</rdf:RDF>\n");
    });

    private static string Xml(string text) => System.Security.SecurityElement.Escape(text);

    /// <summary>Hugging Face /api/daily_papers JSON: an outer posting around each "paper" object, as the API sends it.</summary>
    public string Json(int papers) => Once($"daily_papers-{papers}.json", path =>
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        for (var i = 0; i < papers; i++)
        {
            var day = new DateTime(2025, 1, 1).AddDays(i % 365);
            json.WriteStartObject();
            json.WritePropertyName("paper");
            json.WriteStartObject();
            json.WriteString("id", $"{23 + i / 1_200_000}{i / 100_000 % 12 + 1:00}.{i % 100_000:00000}");
            json.WriteStartArray("authors");
            for (var a = 0; a < 2 + i % 4; a++)
            {
                json.WriteStartObject();
                json.WriteString("_id", $"66c4a1b2c3d4e5f6{i:x6}{a:x2}");
                json.WriteString("name", $"{Given[(i + a) % Given.Length]} {Family[(i * 7 + a) % Family.Length]}");
                json.WriteBoolean("hidden", false);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("publishedAt", day.ToString("yyyy-MM-dd") + "T17:00:00.000Z");
            json.WriteString("title", Title(i));
            json.WriteString("summary", Abstract(i));
            json.WriteNumber("upvotes", i % 97);
            json.WriteEndObject();
            json.WriteString("publishedAt", day.AddDays(1).ToString("yyyy-MM-dd") + "T00:11:05.517Z");
            json.WriteString("title", Title(i));
            json.WriteString("summary", Abstract(i));
            json.WriteEndObject();
            if (i % 1000 == 999) json.Flush();
        }
        json.WriteEndArray();
    });

    /// <summary>A file in this run's folder under a name the caller picks (a .bib written by a scenario).</summary>
    public string PathFor(string name) => Path.Combine(Folder, name);

    private string Once(string name, Action<string> write)
    {
        if (written.TryGetValue(name, out var path)) return path;
        path = Path.Combine(Folder, name);
        write(path);
        written[name] = path;
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
