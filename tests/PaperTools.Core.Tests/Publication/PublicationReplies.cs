#nullable enable
using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PaperTools.Tests.Metadata.Loopback;

namespace PaperTools.Tests.Publication;

/// <summary>
/// Service replies for the publication tests, each made from a real reply kept in tests/Fixtures (see
/// Fixtures/publication/README.md): the reply is read and only the fields a case is about are replaced, so every
/// other field, the envelope and the nesting stay as the service sends them. Self-contained, so Pester compiles it
/// with the loopback server (Add-Type) and replays the same world.
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

    /// <summary>Crossref's address for a DOI's work, as a client sends it (slashes kept, the rest escaped).</summary>
    public static string CrossrefPath(string doi) => "/crossref/works/" + string.Join("/", doi.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The services' knowledge of Fixtures/publication/library.bib (its README tells each case): arXiv's records,
    /// Crossref's works and notices, OpenAlex's and Semantic Scholar's listings. OpenAlex answers under /openalex,
    /// Semantic Scholar under /s2.
    /// </summary>
    public static void Serve(LoopbackServices server)
    {
        const string Json = "application/json; charset=utf-8";
        KnownPaper Arxiv(string id, string title, string[] authors, string? doi = null, string? journalRef = null)
            => new()
            {
                ArxivId = id, Version = 2, Title = title, Authors = authors, Doi = doi, JournalRef = journalRef,
                Published = new DateTime(2000 + int.Parse(id.Substring(0, 2)), int.Parse(id.Substring(2, 2)), 11),
                Categories = new[] { "cs.LG" }, Abstract = "The abstract of " + title + ".",
            };
        var planckAuthors = new[] { "N. Aghanim", "Y. Akrami", "M. Ashdown", "J. Aumont", "C. Baccigalupi" };
        var bertAuthors = new[] { "Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova" };
        var silverAuthors = new[] { "David Silver", "Thomas Hubert", "Julian Schrittwieser", "Ioannis Antonoglou", "Matthew Lai" };
        server.Catalog.Add(Arxiv("1807.06209", "Planck 2018 results. VI. Cosmological parameters", planckAuthors, PlanckDoi, "A&A 641, A6 (2020)"));
        server.Catalog.Add(Arxiv("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", bertAuthors));
        server.Catalog.Add(Arxiv("1712.01815", "Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning Algorithm", silverAuthors));
        server.Catalog.Add(Arxiv("1807.07987", "Deep Learning", new[] { "Nicholas G. Polson", "Vadim O. Sokolov" }));
        server.Catalog.Add(Arxiv("2502.08457", "Learning Theory for Kernel Bilevel Optimization", new[] { "Fares El Khoury", "Edouard Pauwels", "Samuel Vaiter", "Michael Arbel" }));

        server.Replay(CrossrefPath(PlanckDoi), 200, Json, CrossrefWork(PlanckDoi, "journal-article",
            "Planck 2018 results: VI. Cosmological parameters", planckAuthors.Take(4).ToArray(), 2020, "Astronomy & Astrophysics",
            volume: "641", page: "A6", publisher: "EDP Sciences"));
        server.Replay(CrossrefPath(BertDoi), 200, Json, CrossrefWork(BertDoi, "proceedings-article",
            "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", bertAuthors, 2019,
            "Proceedings of the 2019 Conference of the North", page: "4171-4186", publisher: "Association for Computational Linguistics"));
        server.Replay(CrossrefPath(ScienceDoi), 200, Json, CrossrefWork(ScienceDoi, "journal-article",
            "A general reinforcement learning algorithm that masters chess, shogi, and Go through self-play", silverAuthors, 2018, "Science",
            volume: "362", issue: "6419", page: "1140-1144", publisher: "American Association for the Advancement of Science (AAAS)",
            relation: Relation("has-preprint", "10.48550/arXiv.1712.01815")));
        server.Replay(CrossrefPath(FalseFriendDoi), 200, Json, CrossrefWork(FalseFriendDoi, "book-chapter", "Deep Learning",
            new[] { "Jane Roe", "John Doe" }, 2020, "Crafted Handbook of Test Fixtures", page: "1-20", publisher: "Crossref Test Prefix"));
        server.Replay(CrossrefPath(LancetDoi), 200, Json, CrossrefWork(LancetDoi, "journal-article",
            "Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children",
            new[] { "A.J. Wakefield", "S.H. Murch", "A. Anthony" }, 1998, "The Lancet", volume: "351", issue: "9103", page: "637-641",
            publisher: "Elsevier BV", updatedBy: Update("retraction", LancetRetractionDoi, "retraction-watch")));
        server.Replay(CrossrefPath(ConcernDoi), 200, Json, CrossrefWork(ConcernDoi, "journal-article",
            "A crafted study under an expression of concern", new[] { "Jane Roe", "John Doe" }, 2026, "Journal of Test Fixtures",
            updatedBy: Update("expression_of_concern", "10.5555/concern.notice")));
        server.Replay(CrossrefPath(WithdrawnDoi), 200, Json, CrossrefWork(WithdrawnDoi, "journal-article",
            "A crafted article later withdrawn", new[] { "Jane Roe", "John Doe" }, 2026, "Journal of Test Fixtures",
            updatedBy: Update("withdrawal", "10.5555/withdrawn.notice")));

        server.Replay("/openalex/works/doi:10.48550/arXiv.1712.01815", 200, Json,
            OpenAlexWork("1712.01815", "Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning Algorithm", ScienceDoi, false));
        server.Replay($"/s2/paper/arXiv:1810.04805?fields={SemanticScholarFields}", 200, Json,
            SemanticScholarPaper("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", BertDoi));
        server.Replay($"/s2/paper/arXiv:1807.07987?fields={SemanticScholarFields}", 200, Json,
            SemanticScholarPaper("1807.07987", "Deep Learning", FalseFriendDoi));
    }

    /// <summary>A Crossref /works/{doi} reply, from habanero's recorded /works/10.1371/journal.pone.0033693.</summary>
    public static string CrossrefWork(string doi, string type, string title, string[] authors, int year, string container,
        string? volume = null, string? issue = null, string? page = null, string? publisher = null,
        JsonObject? relation = null, JsonArray? updatedBy = null, JsonArray? updateTo = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "metadata", "crossref", "habanero_work_10.1371_journal.pone.0033693.json")))!;
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

    /// <summary>A relation object: {"is-preprint-of": [{"id-type": "doi", "id": …, "asserted-by": "subject"}]}.</summary>
    public static JsonObject Relation(string name, string doi)
        => new() { [name] = new JsonArray(new JsonObject { ["id-type"] = "doi", ["id"] = doi, ["asserted-by"] = "subject" }) };

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

    /// <summary>An OpenAlex work, from Fixtures/openalex/work_W2741809807.json, listing a journal location with <paramref name="publishedDoi"/>.</summary>
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
        var p = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "semantic-scholar", "paper_turing_1950.json")))!.AsObject();
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
