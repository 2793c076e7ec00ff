#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PaperTools.Tests.Publication;

/// <summary>
/// Service replies for the publication tests, each made from a real reply kept in tests/Fixtures (see
/// Fixtures/publication/README.md): the reply is read and only the fields a case is about are replaced, so every
/// other field, the envelope and the nesting stay as the service sends them. Self-contained (no loopback or xunit
/// type), so Pester compiles it with Add-Type and replays the same world.
/// </summary>
public static class PublicationReplies
{
    /// <summary>tests/Fixtures (copied beside the test assembly; Pester points it at the source folder).</summary>
    public static string Root { get; set; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public const string SemanticScholarFields = "title,authors,year,venue,publicationVenue,journal,externalIds";

    public const string PlanckDoi = "10.1051/0004-6361/201833910";
    public const string BertDoi = "10.18653/v1/N19-1423";
    public const string ScienceDoi = "10.1126/science.aar6404";
    public const string FalseFriendDoi = "10.5555/deep.learning.2020";
    public const string LancetDoi = "10.1016/S0140-6736(97)11096-0";
    public const string LancetRetractionDoi = "10.1016/S0140-6736(10)60175-4";
    public const string ConcernDoi = "10.5555/concern.2026.1";
    public const string WithdrawnDoi = "10.5555/withdrawn.2026.2";

    /// <summary>Crossref's address for a DOI's work, as a client sends it (one path segment, slashes escaped).</summary>
    public static string CrossrefPath(string doi) => "/crossref/works/" + Uri.EscapeDataString(doi);

    /// <summary>OpenAlex's address for a work by DOI, as a client sends it.</summary>
    public static string OpenAlexPath(string doi) => "/openalex/works/doi:" + Uri.EscapeDataString(doi);

    /// <summary>One arXiv record of the world, as the loopback catalog holds it.</summary>
    public sealed record ArxivRecord(string Id, string Title, string[] Authors, string? Doi, string? JournalRef);

    /// <summary>One canned reply: the address as a client sends it, and the JSON body (HTTP 200).</summary>
    public sealed record Replay(string PathAndQuery, string Body);

    private static readonly string[] PlanckAuthors = { "N. Aghanim", "Y. Akrami", "M. Ashdown", "J. Aumont",
        "C. Baccigalupi" };
    private static readonly string[] BertAuthors = { "Jacob Devlin", "Ming-Wei Chang", "Kenton Lee",
        "Kristina Toutanova" };
    private static readonly string[] SilverAuthors = { "David Silver", "Thomas Hubert", "Julian Schrittwieser",
        "Ioannis Antonoglou", "Matthew Lai" };

    /// <summary>
    /// What arXiv holds for Fixtures/publication/library.bib's preprints (its README tells each case).
    /// </summary>
    public static IReadOnlyList<ArxivRecord> ArxivRecords() => new[]
    {
        new ArxivRecord("1807.06209", "Planck 2018 results. VI. Cosmological parameters", PlanckAuthors, PlanckDoi,
            "A&A 641, A6 (2020)"),
        new ArxivRecord("1810.04805",
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", BertAuthors, null,
                null),
        new ArxivRecord("1712.01815",
            "Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning Algorithm", SilverAuthors,
                null, null),
        new ArxivRecord("1807.07987", "Deep Learning", new[] { "Nicholas G. Polson", "Vadim O. Sokolov" }, null, null),
        new ArxivRecord("2502.08457", "Learning Theory for Kernel Bilevel Optimization",
            new[] { "Fares El Khoury", "Edouard Pauwels", "Samuel Vaiter", "Michael Arbel" }, null, null),
    };

    /// <summary>
    /// Crossref's works and notices, OpenAlex's and Semantic Scholar's listings (under /openalex and /s2) for the same
    /// library.
    /// </summary>
    public static IReadOnlyList<Replay> Replays() => new[]
    {
        new Replay(CrossrefPath(PlanckDoi), CrossrefWork(PlanckDoi, "journal-article",
            "Planck 2018 results: VI. Cosmological parameters", PlanckAuthors.Take(4).ToArray(), 2020,
                "Astronomy & Astrophysics",
            volume: "641", page: "A6", publisher: "EDP Sciences")),
        new Replay(CrossrefPath(BertDoi), CrossrefWork(BertDoi, "proceedings-article",
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", BertAuthors, 2019,
            "Proceedings of the 2019 Conference of the North", page: "4171-4186",
                publisher: "Association for Computational Linguistics")),
        new Replay(CrossrefPath(ScienceDoi), CrossrefWork(ScienceDoi, "journal-article",
            "A general reinforcement learning algorithm that masters chess, shogi, and Go through self-play",
                SilverAuthors, 2018, "Science",
            volume: "362", issue: "6419", page: "1140-1144",
                publisher: "American Association for the Advancement of Science (AAAS)",
            relation: Relation("has-preprint", "10.48550/arXiv.1712.01815"))),
        new Replay(CrossrefPath(FalseFriendDoi), CrossrefWork(FalseFriendDoi, "book-chapter", "Deep Learning",
            new[] { "Jane Roe", "John Doe" }, 2020, "Crafted Handbook of Test Fixtures", page: "1-20",
                publisher: "Crossref Test Prefix")),
        new Replay(CrossrefPath(LancetDoi), CrossrefWork(LancetDoi, "journal-article",
            "Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder " +
            "in children",
            new[] { "A.J. Wakefield", "S.H. Murch", "A. Anthony" }, 1998, "The Lancet", volume: "351", issue: "9103",
                page: "637-641",
            publisher: "Elsevier BV", updatedBy: Update("retraction", LancetRetractionDoi, "retraction-watch"))),
        new Replay(CrossrefPath(ConcernDoi), CrossrefWork(ConcernDoi, "journal-article",
            "A crafted study under an expression of concern", new[] { "Jane Roe", "John Doe" }, 2026,
                "Journal of Test Fixtures",
            updatedBy: Update("expression_of_concern", "10.5555/concern.notice"))),
        new Replay(CrossrefPath(WithdrawnDoi), CrossrefWork(WithdrawnDoi, "journal-article",
            "A crafted article later withdrawn", new[] { "Jane Roe", "John Doe" }, 2026, "Journal of Test Fixtures",
            updatedBy: Update("withdrawal", "10.5555/withdrawn.notice"))),
        new Replay(OpenAlexPath("10.48550/arXiv.1712.01815"),
            OpenAlexWork("1712.01815",
                "Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning Algorithm", ScienceDoi,
                    false)),
        new Replay($"/s2/paper/arXiv:1810.04805?fields={SemanticScholarFields}",
            SemanticScholarPaper("1810.04805",
                "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", BertDoi)),
        new Replay($"/s2/paper/arXiv:1807.07987?fields={SemanticScholarFields}",
            SemanticScholarPaper("1807.07987", "Deep Learning", FalseFriendDoi)),
    };

    /// <summary>A Crossref /works/{doi} reply, from habanero's recorded /works/10.1371/journal.pone.0033693.</summary>
    public static string CrossrefWork(string doi, string type, string title, string[] authors, int year,
        string container,
        string? volume = null, string? issue = null, string? page = null, string? publisher = null,
        JsonObject? relation = null, JsonArray? updatedBy = null, JsonArray? updateTo = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "metadata", "crossref",
            "habanero_work_10.1371_journal.pone.0033693.json")))!;
        var m = root["message"]!.AsObject();
        m["DOI"] = doi;
        m["URL"] = "https://doi.org/" + doi;
        m["type"] = type;
        m["title"] = new JsonArray(title);
        m["author"] = new JsonArray(authors.Select(a => (JsonNode)new JsonObject
        {
            ["given"] = a.Substring(0, a.LastIndexOf(' ')),
            ["family"] = a.Substring(a.LastIndexOf(' ') + 1),
            ["sequence"] = "additional",
            ["affiliation"] = new JsonArray(),
        }).ToArray());
        foreach (var date in new[] { "issued", "published", "published-online" })
            m[date] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(year, 3, 21)) };
        m["container-title"] = new JsonArray(container);
        m["short-container-title"] = new JsonArray(container);
        Set(m, "volume", volume);
        Set(m, "issue", issue);
        Set(m, "page", page);
        Set(m, "publisher", publisher);
        m["relation"] = relation ?? new JsonObject();
        if (updatedBy != null) m["updated-by"] = updatedBy;
        else m.Remove("updated-by");
        if (updateTo != null) m["update-to"] = updateTo;
        return root.ToJsonString();
    }

    /// <summary>
    /// A relation object: {"is-preprint-of": [{"id-type": "doi", "id": …, "asserted-by": "subject"}]}.
    /// </summary>
    public static JsonObject Relation(string name, string doi)
        => new() { [name] = new JsonArray(new JsonObject { ["id-type"] = "doi", ["id"] = doi,
            ["asserted-by"] = "subject" }) };

    /// <summary>One updated-by (or update-to) item in the shape of the habanero reply's correction.</summary>
    public static JsonArray Update(string type, string noticeDoi, string source = "publisher")
        => new(new JsonObject
        {
            ["DOI"] = noticeDoi,
            ["type"] = type,
            ["label"] = type,
            ["source"] = source,
            ["updated"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(2026, 5, 8)) },
        });

    /// <summary>
    /// An OpenAlex work, from Fixtures/openalex/work_W2741809807.json, listing a journal location with
    /// <paramref name="publishedDoi"/>.
    /// </summary>
    public static string OpenAlexWork(string arxivId, string title, string? publishedDoi, bool retracted)
    {
        var w = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "openalex", "work_W2741809807.json")))!.AsObject();
        w["doi"] = "https://doi.org/10.48550/arxiv." + arxivId;
        w["title"] = title;
        w["display_name"] = title;
        w["is_retracted"] = retracted;
        // The kept reply's abstract index is cut (the reader refuses it, as it should); the case is about locations.
        w["abstract_inverted_index"] = null;
        var primary = w["primary_location"]!.DeepClone().AsObject();
        var repository = primary.DeepClone().AsObject();
        repository["landing_page_url"] = "https://arxiv.org/abs/" + arxivId;
        repository["source"]!["type"] = "repository";
        repository["source"]!["display_name"] = "arXiv (Cornell University)";
        var locations = new JsonArray(repository);
        if (publishedDoi != null)
        {
            primary["landing_page_url"] = "https://doi.org/" + publishedDoi;
            locations.Add(primary);
        }
        w["primary_location"] = repository.DeepClone();
        w["best_oa_location"] = repository.DeepClone();
        w["locations"] = locations;
        return w.ToJsonString();
    }

    /// <summary>A Semantic Scholar /paper/{id} reply, from Fixtures/semantic-scholar/paper_turing_1950.json.</summary>
    public static string SemanticScholarPaper(string arxivId, string title, string? doi)
    {
        var p = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "semantic-scholar",
            "paper_turing_1950.json")))!.AsObject();
        var ids = new JsonObject { ["ArXiv"] = arxivId, ["CorpusId"] = 14636783 };
        if (doi != null) ids["DOI"] = doi;
        p["externalIds"] = ids;
        p["title"] = title;
        return p.ToJsonString();
    }

    private static void Set(JsonObject o, string name, string? value)
    {
        if (value == null) o.Remove(name);
        else o[name] = value;
    }
}
