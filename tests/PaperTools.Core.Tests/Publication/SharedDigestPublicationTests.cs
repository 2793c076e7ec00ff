#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.Metadata;
using PaperTools.Publication;
using PaperTools.Tests.BibTeX;
using PaperTools.Tests.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;
using Xunit.Abstractions;
using static PaperTools.Tests.Publication.PublicationReplies;

namespace PaperTools.Tests.Publication;

/// <summary>
/// The issue's "Done when" over the shared digests: their papers completed by Update-PaperMetadata's core against the
/// loopback services (SharedDigestCatalog), written to a .bib and read back, then given published versions by the
/// replay. Every sixth arXiv record is published in a journal (DOI stated by arXiv), every sixth at a conference
/// (DOI from Semantic Scholar), every sixth under a new title (OpenAlex location, Crossref has-preprint link), every
/// sixth has a false friend (same title, other authors); the rest are never published. Every true upgrade is applied,
/// none else; bibtool, biber and bibtex accept the file; keys are unchanged; a second run changes and sends nothing.
/// </summary>
public class SharedDigestPublicationTests
{
    private const string Json = "application/json; charset=utf-8";
    private readonly ITestOutputHelper output;

    public SharedDigestPublicationTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void EveryTrueUpgradeIsAppliedAndNoFalseOne()
    {
        var digests = Enumerable.Range(0, 5)
            .SelectMany(i => Fixture.Import(Fixture.SharedDigest(i.ToString("000"))).Papers)
            .Where(p => p.IsPaper).ToList();
        var known = new SharedDigestCatalog(digests);
        using var bed = new MetadataTestBed();
        using var server = new LoopbackServices(known.Catalog);
        bed.Options.Endpoints = new MetadataEndpoints(server.ArxivApi, server.HuggingFaceApi, server.CrossrefApi,
            server.Root + "/openalex", server.Root + "/s2");
        var (completed, _) = bed.Run(digests);

        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        BibTeXTestFiles.Export(path, completed.Where(p => p.ArxivId != null));
        var library = BibTeXTestFiles.Import(path);

        var (truth, friends) = Plant(server,
            known.Catalog.Records.Where(r => r.ArxivId != null && r.Doi == null).ToList());
        // A cache of its own: the metadata run's arXiv answers predate the published versions.
        bed.Options.CachePath = Path.Combine(dir, "cache");
        var sentBefore = server.Requests.Count;
        var results = Run(bed, library);
        var sent = server.Requests.Count - sentBefore;

        var upgraded = results.Where(r => r.Status == PublicationStatus.Published).ToList();
        var expected = library.Where(p => truth.ContainsKey(PreprintIdentity.ArxivId(p)!)).ToList();
        var right = upgraded.Count(r => truth.TryGetValue(PreprintIdentity.ArxivId(r.Original)!, out var doi)
            && doi == r.PublishedDoi);
        var wrong = results.Where(r => r.Changed
            && !(truth.TryGetValue(PreprintIdentity.ArxivId(r.Original)!, out var doi)
                && doi == r.PublishedDoi)).ToList();
        var possible = results.Where(r => r.Status == PublicationStatus.PossibleMatch).ToList();
        var planted = library.Count(p => friends.Contains(PreprintIdentity.ArxivId(p)!));
        output.WriteLine($"{library.Count} entries; {expected.Count} with a published version replayed; " +
                         $"applied rightly {right}, wrongly {wrong.Count}; " +
                         $"possible matches reported {possible.Count} (false friends planted for {planted}); " +
                         $"{sent} requests");
        Assert.Equal(expected.Count, right);
        Assert.Empty(wrong);
        Assert.All(possible, r => Assert.Contains(PreprintIdentity.ArxivId(r.Original)!, friends));
        Assert.Equal(planted, possible.Count);

        BibTeXTestFiles.Export(path, results.Select(r => r.Paper));
        var reread = BibTeXTestFiles.Import(path);
        Assert.Equal(library.Select(p => p.CitationKey), reread.Select(p => p.CitationKey));
        Judge(dir, path, reread.Select(p => p.CitationKey!).ToList());

        var again = Run(bed, reread);
        Assert.All(again, r => Assert.Empty(r.Changes));
        Assert.Equal(sentBefore + sent, server.Requests.Count);
        output.WriteLine("  second run over the written file: 0 changes, 0 requests; " +
                         "bibtool, biber and bibtex accept the file");
    }

    private static List<PublicationResult> Run(MetadataTestBed bed, List<Paper> papers)
    {
        using var updater = new PublicationUpdater(bed.Options, new PublicationOptions(),
            new RecordingReporter().ToReporter(), bed.Clock);
        var results = new List<PublicationResult>();
        for (var start = 0; start < papers.Count; start += ArxivClient.MaxIdsPerRequest)
            results.AddRange(updater.Update(papers.Skip(start).Take(ArxivClient.MaxIdsPerRequest).ToList(), default));
        return results;
    }

    /// <summary>Published versions and false friends for the records, by a stable hash of the arXiv id.</summary>
    private static (Dictionary<string, string> Truth, HashSet<string> Friends) Plant(LoopbackServices server,
        List<KnownPaper> records)
    {
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        var friends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var id = r.ArxivId;
            var year = r.Published.Year + 1;
            switch (id.Sum(c => c) % 6)
            {
                case 0:
                    r.Doi = "10.5555/journal." + id;
                    server.Replay(CrossrefPath(r.Doi), 200, Json,
                        CrossrefWork(r.Doi, "journal-article", r.Title, r.Authors, year,
                        "Journal of Replayed Results", volume: "12", issue: "3", page: "101-118"));
                    truth[id] = r.Doi;
                    break;
                case 1:
                    var conference = "10.5555/conference." + id;
                    server.Replay($"/s2/paper/arXiv:{id}?fields={SemanticScholarFields}", 200, Json,
                        SemanticScholarPaper(id, r.Title, conference));
                    server.Replay(CrossrefPath(conference), 200, Json,
                        CrossrefWork(conference, "proceedings-article", r.Title, r.Authors, year,
                        "Proceedings of the Replayed Conference", page: "7-15", publisher: "Replay Press"));
                    truth[id] = conference;
                    break;
                case 2:
                    var retitled = "10.5555/retitled." + id;
                    server.Replay(OpenAlexPath("10.48550/arXiv." + id), 200, Json,
                        OpenAlexWork(id, r.Title, retitled, false));
                    server.Replay(CrossrefPath(retitled), 200, Json,
                        CrossrefWork(retitled, "journal-article", "A Retitled Account, Number " + id.Replace(".", " "),
                        r.Authors, year, "Journal of Replayed Results",
                            relation: Relation("has-preprint", "10.48550/arXiv." + id)));
                    truth[id] = retitled;
                    break;
                case 3:
                    var friend = "10.5555/friend." + id;
                    server.Replay($"/s2/paper/arXiv:{id}?fields={SemanticScholarFields}", 200, Json,
                        SemanticScholarPaper(id, r.Title, friend));
                    server.Replay(CrossrefPath(friend), 200, Json,
                        CrossrefWork(friend, "journal-article", r.Title, new[] { "Jane Roe", "John Doe" }, year,
                        "Journal of Replayed Results"));
                    friends.Add(id);
                    break;
            }
        }
        return (truth, friends);
    }

    /// <summary>
    /// bibtool and biber --validate-datamodel say nothing; bibtex with plain.bst, citing every key, warns of nothing.
    /// </summary>
    private static void Judge(string dir, string path, List<string> keys)
    {
        var (exit, _, errors) = ExternalTool.Run("bibtool", "bibtool", dir, "-d", "-o",
            Path.Combine(dir, "bibtool-out.bib"), path);
        Assert.True(exit == 0 && errors.Trim().Length == 0, "bibtool said:\n" + errors);
        var (biberExit, biberOutput, biberErrors) = ExternalTool.Run("biber", "biber", dir, "--tool",
            "--validate-datamodel", "--output-file=" + Path.Combine(dir, "biber-out.bib"), path);
        Assert.True(biberExit == 0, biberOutput + biberErrors);
        var complaints = biberOutput.Split('\n').Where(l => l.StartsWith("WARN") || l.StartsWith("ERROR")).ToList();
        Assert.True(complaints.Count == 0, "biber said:\n" + string.Join("\n", complaints));
        File.WriteAllText(Path.Combine(dir, "paper.aux"), string.Concat(keys.Select(k => "\\citation{" + k + "}\n"))
            + "\\bibstyle{plain}\n\\bibdata{library}\n");
        var (bibtexExit, bibtexOutput, _) = ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
        var log = File.ReadAllText(Path.Combine(dir, "paper.blg"));
        Assert.True(bibtexExit == 0, bibtexOutput + log);
        Assert.DoesNotContain("Warning--", log);
        Assert.Equal(keys.Count, Regex.Matches(File.ReadAllText(Path.Combine(dir, "paper.bbl")), @"\\bibitem\{").Count);
    }
}
