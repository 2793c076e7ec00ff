using System.Collections.Generic;
using System.IO;
using System.Linq;

using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Export;

namespace PaperTools.Tests.Fuzz;

/// <summary>The real fixtures each reader is fuzzed from, one family per reader (the saved e-mails are a family of their own: MIME unwrapping).</summary>
internal sealed class FuzzFamily
{
    private FuzzFamily(string name, DigestFormat format, string extension, params string[] folders)
    {
        Name = name;
        Format = format;
        Extension = extension;
        var seeds = folders.SelectMany(f => Directory.GetFiles(Fixture.Path(f))).Where(p => p.EndsWith(extension)).OrderBy(p => p, System.StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        // The .bib reader is also fuzzed from what the writer makes of the reader fixtures, in both dialects.
        if (format == DigestFormat.BibTeX) seeds.AddRange(WrittenLibraries());
        Seeds = seeds;
    }

    public string Name { get; }

    /// <summary>A stable number for the family (string hash codes differ from run to run), part of every input's seed.</summary>
    public int Number => All.ToList().IndexOf(this) + 1;

    /// <summary>The reader the family's fixtures are for; BibTeX for the .bib reader.</summary>
    public DigestFormat Format { get; }

    public string Extension { get; }
    public IReadOnlyList<byte[]> Seeds { get; }

    public static readonly IReadOnlyList<FuzzFamily> All = new[]
    {
        new FuzzFamily("text", DigestFormat.Text, ".txt", "text"),
        new FuzzFamily("huggingface-html", DigestFormat.HuggingFaceHtml, ".html", "huggingface-html"),
        new FuzzFamily("huggingface-json", DigestFormat.HuggingFaceJson, ".json", "huggingface-json"),
        new FuzzFamily("arxiv-feed", DigestFormat.ArxivFeed, ".xml", "arxiv-feed"),
        new FuzzFamily("arxiv-email", DigestFormat.ArxivEmail, ".txt", "arxiv-email"),
        new FuzzFamily("scholar", DigestFormat.ScholarAlert, ".html", "scholar"),
        new FuzzFamily("email", DigestFormat.Auto, ".eml", "arxiv-email", "scholar"),
        new FuzzFamily("arxiv-rss1", DigestFormat.ArxivFeed, ".rdf", "arxiv-rss1"),
        new FuzzFamily("arxiv-oai", DigestFormat.ArxivOai, ".xml", "arxiv-oai"),
        new FuzzFamily("biorxiv", DigestFormat.BiorxivFeed, ".rdf", "biorxiv"),
        new FuzzFamily("huggingface-paper", DigestFormat.HuggingFaceHtml, ".html", "huggingface-paper"),
        new FuzzFamily("semantic-scholar", DigestFormat.SemanticScholar, ".json", "semantic-scholar"),
        new FuzzFamily("openalex", DigestFormat.OpenAlex, ".json", "openalex"),
        new FuzzFamily("pubmed", DigestFormat.PubMed, ".xml", "pubmed"),
        new FuzzFamily("ris", DigestFormat.Ris, ".ris", "ris"),
        new FuzzFamily("csl-json", DigestFormat.CslJson, ".json", "csl-json"),
        new FuzzFamily("service-errors", DigestFormat.Auto, ".xml", "service-errors"),
        new FuzzFamily("bibtex", DigestFormat.BibTeX, ".bib", "bibtex"),
        new FuzzFamily("journal-toc", DigestFormat.JournalToc, ".rdf", "journal-toc"),
    };

    public static FuzzFamily Named(string name) => All.Single(f => f.Name == name);

    private static IEnumerable<byte[]> WrittenLibraries()
    {
        var papers = PaperTools.Tests.BibTeX.BibTeXRoundTripTests.Papers("fixtures").Concat(PaperTools.Tests.BibTeX.SamplePapers.All()).ToList();
        foreach (var dialect in new[] { BibTeXDialect.BibTeX, BibTeXDialect.BibLaTeX })
        {
            var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions { Dialect = dialect }), null, _ => { });
            var text = string.Join("\n\n", papers.Select(session.Add).Where(e => e != null).Select(e => e.Text));
            yield return System.Text.Encoding.UTF8.GetBytes(text + "\n");
        }
    }
}
