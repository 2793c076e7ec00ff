using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace PaperTools.Tests.Metadata.Loopback;

/// <summary>
/// Writes records in each service's documented reply shape (see tests/Fixtures/metadata/README.md for the sources):
/// the arXiv API's Atom feed with its opensearch and arxiv: extensions, and its error feed; Hugging Face's daily
/// papers / paper search items ({"paper": {...}, ...}) and bare paper object; Crossref's work and work-list envelopes.
/// </summary>
public static class ServiceReplies
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    public static string ArxivFeed(string query, IEnumerable<KnownPaper> papers)
    {
        var list = papers.ToList();
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xmlns + "opensearch", OpenSearch),
            new XAttribute(XNamespace.Xmlns + "arxiv", Arxiv),
            new XElement(Atom + "id", "https://arxiv.org/api/" + Convert.ToBase64String(Encoding.UTF8.GetBytes(query)).TrimEnd('=')),
            new XElement(Atom + "title", "arXiv Query: " + query),
            new XElement(Atom + "updated", "2026-09-17T08:08:06Z"),
            new XElement(Atom + "link", new XAttribute("href", "https://arxiv.org/api/query?" + query), new XAttribute("type", "application/atom+xml")),
            new XElement(OpenSearch + "itemsPerPage", list.Count),
            new XElement(OpenSearch + "totalResults", list.Count),
            new XElement(OpenSearch + "startIndex", 0),
            list.Select(ArxivEntry));
        return "<?xml version='1.0' encoding='UTF-8'?>\n" + feed.ToString();
    }

    private static XElement ArxivEntry(KnownPaper p)
    {
        var versioned = p.ArxivId + "v" + p.Version.ToString(CultureInfo.InvariantCulture);
        var entry = new XElement(Atom + "entry",
            new XElement(Atom + "id", "http://arxiv.org/abs/" + versioned),
            new XElement(Atom + "title", Wrapped(p.Title)),
            new XElement(Atom + "updated", Stamp(p.Published.AddDays(p.Version - 1))),
            new XElement(Atom + "link", new XAttribute("href", "https://arxiv.org/abs/" + versioned), new XAttribute("rel", "alternate"), new XAttribute("type", "text/html")),
            new XElement(Atom + "link", new XAttribute("href", "https://arxiv.org/pdf/" + versioned), new XAttribute("rel", "related"), new XAttribute("type", "application/pdf"), new XAttribute("title", "pdf")),
            new XElement(Atom + "summary", Wrapped(p.Abstract ?? string.Empty)),
            p.Categories.Select(c => new XElement(Atom + "category", new XAttribute("term", c), new XAttribute("scheme", "http://arxiv.org/schemas/atom"))),
            new XElement(Atom + "published", Stamp(p.Published)),
            new XElement(Arxiv + "primary_category", new XAttribute("term", p.Categories.FirstOrDefault() ?? "cs.LG")));
        if (p.JournalRef != null) entry.Add(new XElement(Arxiv + "journal_ref", p.JournalRef));
        if (p.Doi != null) entry.Add(new XElement(Arxiv + "doi", p.Doi));
        foreach (var author in p.Authors) entry.Add(new XElement(Atom + "author", new XElement(Atom + "name", author)));
        return entry;
    }

    /// <summary>The documented error reply: one entry titled Error by "arXiv api core", its summary saying what was wrong.</summary>
    public static string ArxivErrorFeed(string query, string anchor, string message)
    {
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xmlns + "opensearch", OpenSearch),
            new XElement(Atom + "id", "https://arxiv.org/api/error"),
            new XElement(Atom + "title", "arXiv Query: " + query),
            new XElement(Atom + "updated", "2026-09-29T13:53:06Z"),
            new XElement(OpenSearch + "itemsPerPage", 1),
            new XElement(OpenSearch + "totalResults", 1),
            new XElement(OpenSearch + "startIndex", 0),
            new XElement(Atom + "entry",
                new XElement(Atom + "id", "https://arxiv.org/api/errors#" + anchor),
                new XElement(Atom + "title", "Error"),
                new XElement(Atom + "updated", "2026-09-29T13:53:06Z"),
                new XElement(Atom + "link", new XAttribute("href", "https://arxiv.org/api/errors#" + anchor), new XAttribute("rel", "alternate"), new XAttribute("type", "text/html")),
                new XElement(Atom + "summary", message),
                new XElement(Atom + "author", new XElement(Atom + "name", "arXiv api core"))));
        return "<?xml version='1.0' encoding='UTF-8'?>\n" + feed.ToString();
    }

    /// <summary>/api/daily_papers and /api/papers/search: a list of postings, each wrapping the paper object.</summary>
    public static string HuggingFaceList(IEnumerable<KnownPaper> papers, string day)
    {
        var array = new JsonArray();
        foreach (var p in papers.Where(p => p.ArxivId != null))
        {
            var submitted = (day ?? p.Published.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + "T00:11:05.517Z";
            array.Add(new JsonObject
            {
                ["paper"] = HuggingFacePaperObject(p, submitted),
                ["publishedAt"] = Stamp(p.Published),
                ["title"] = p.Title,
                ["summary"] = p.Abstract,
                ["thumbnail"] = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/" + p.ArxivId + ".png",
                ["numComments"] = 1,
                ["submittedBy"] = new JsonObject { ["_id"] = "6039478ab3ecf716b1a5fd4d", ["fullname"] = "AK", ["name"] = "akhaliq", ["type"] = "user" },
                ["isAuthorParticipating"] = false,
            });
        }
        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static string HuggingFacePaper(KnownPaper p)
        => HuggingFacePaperObject(p, p.Published.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:11:05.517Z").ToJsonString();

    private static JsonObject HuggingFacePaperObject(KnownPaper p, string submitted)
    {
        var authors = new JsonArray();
        var n = 0;
        foreach (var name in p.Authors)
            authors.Add(new JsonObject { ["_id"] = "66c4a1b2c3d4e5f6" + (n++).ToString("x8", CultureInfo.InvariantCulture), ["name"] = name, ["hidden"] = false });
        return new JsonObject
        {
            ["id"] = p.ArxivId,
            ["authors"] = authors,
            ["publishedAt"] = Stamp(p.Published),
            ["submittedOnDailyAt"] = submitted,
            ["title"] = p.Title,
            ["summary"] = p.Abstract,
            ["upvotes"] = 3,
            ["discussionId"] = "68be5810c123124955ef60b0",
            ["ai_keywords"] = new JsonArray(),
        };
    }

    public static string CrossrefWork(KnownPaper p)
        => new JsonObject { ["status"] = "ok", ["message-type"] = "work", ["message-version"] = "1.0.0", ["message"] = CrossrefItem(p) }.ToJsonString();

    public static string CrossrefWorkList(string query, IEnumerable<KnownPaper> papers)
    {
        var items = new JsonArray();
        foreach (var p in papers) items.Add(CrossrefItem(p));
        return new JsonObject
        {
            ["status"] = "ok",
            ["message-type"] = "work-list",
            ["message-version"] = "1.0.0",
            ["message"] = new JsonObject
            {
                ["facets"] = new JsonObject(),
                ["total-results"] = items.Count,
                ["items"] = items,
                ["items-per-page"] = 5,
                ["query"] = new JsonObject { ["start-index"] = 0, ["search-terms"] = query },
            },
        }.ToJsonString();
    }

    /// <summary>Crossref registers journal versions; a preprint on arXiv is named by a has-preprint relation.</summary>
    private static JsonObject CrossrefItem(KnownPaper p)
    {
        var authors = new JsonArray();
        var first = true;
        foreach (var name in p.Authors)
        {
            var space = name.LastIndexOf(' ');
            authors.Add(new JsonObject
            {
                ["given"] = space > 0 ? name.Substring(0, space) : null,
                ["family"] = space > 0 ? name.Substring(space + 1) : name,
                ["sequence"] = first ? "first" : "additional",
                ["affiliation"] = new JsonArray(),
            });
            first = false;
        }
        var item = new JsonObject
        {
            ["DOI"] = p.Doi,
            ["type"] = "journal-article",
            ["title"] = new JsonArray(p.Title),
            ["author"] = authors,
            ["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(p.Published.Year, p.Published.Month, p.Published.Day)) },
            ["container-title"] = new JsonArray(p.Venue ?? "Journal of Machine Learning Research"),
            ["URL"] = "https://doi.org/" + p.Doi,
        };
        if (p.Abstract != null) item["abstract"] = "<jats:p>" + System.Net.WebUtility.HtmlEncode(p.Abstract) + "</jats:p>";
        if (p.ArxivId != null)
            item["relation"] = new JsonObject { ["has-preprint"] = new JsonArray(new JsonObject { ["id-type"] = "doi", ["id"] = "10.48550/arxiv." + p.ArxivId, ["asserted-by"] = "subject" }) };
        return item;
    }

    private static string Stamp(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T17:00:00Z";

    /// <summary>arXiv breaks long titles and abstracts over lines, indented; readers must join them.</summary>
    private static string Wrapped(string text)
    {
        var words = text.Split(' ');
        var sb = new StringBuilder();
        var line = 0;
        foreach (var word in words)
        {
            if (line > 0 && line + word.Length > 72) { sb.Append("\n  "); line = 0; }
            else if (sb.Length > 0) { sb.Append(' '); line++; }
            sb.Append(word);
            line += word.Length;
        }
        return sb.ToString();
    }
}
