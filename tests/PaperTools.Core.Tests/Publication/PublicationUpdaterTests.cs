#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Metadata;
using PaperTools.Publication;
using PaperTools.Tests.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;
using static PaperTools.Tests.Publication.PublicationReplies;

namespace PaperTools.Tests.Publication;

/// <summary>
/// Update-PaperPublication's core against loopback arXiv, Crossref, OpenAlex and Semantic Scholar replaying
/// Fixtures/publication's world (its README names each case and the real replies the shapes come from).
/// </summary>
public sealed class PublicationUpdaterTests : IDisposable
{
    private readonly MetadataTestBed bed = new();

    public PublicationUpdaterTests()
    {
        var server = bed.Server;
        bed.Options.Endpoints = new MetadataEndpoints(server.ArxivApi, server.HuggingFaceApi, server.CrossrefApi,
            server.Root + "/openalex", server.Root + "/s2");
        Serve(server);
    }

    /// <summary>Loads the world of <see cref="PublicationReplies"/> into a loopback server.</summary>
    internal static void Serve(LoopbackServices server)
    {
        foreach (var r in ArxivRecords())
            server.Catalog.Add(new KnownPaper
            {
                ArxivId = r.Id, Version = 2, Title = r.Title, Authors = r.Authors, Doi = r.Doi,
                    JournalRef = r.JournalRef,
                Published = new DateTime(2000 + int.Parse(r.Id.Substring(0, 2)), int.Parse(r.Id.Substring(2, 2)), 11),
                Abstract = "The abstract of " + r.Title + ".",
            });
        foreach (var replay in Replays()) server.Replay(replay.PathAndQuery, 200, "application/json; charset=utf-8",
            replay.Body);
    }

    private static List<Paper> Library() => BibTeXLibrary.Read(Fixture.Path("publication", "library.bib"),
        _ => { })!.Papers.ToList();

    private (List<PublicationResult> Results, RecordingReporter Reporter) Run(IEnumerable<Paper> papers,
        PublicationOptions? options = null)
    {
        var reporter = new RecordingReporter();
        using var updater = new PublicationUpdater(bed.Options, options ?? new PublicationOptions(),
            reporter.ToReporter(), bed.Clock);
        return (updater.Update(papers.ToList(), default).ToList(), reporter);
    }

    private static PublicationResult Of(List<PublicationResult> results,
        string key) => results.Single(r => r.CitationKey == key);

    [Fact]
    public void JournalVersionStatedByArxivIsApplied()
    {
        var planck = Of(Run(Library()).Results, "planck2018");
        Assert.Equal(PublicationStatus.Published, planck.Status);
        Assert.Equal("arXiv API doi", planck.FoundBy);
        var f = planck.Paper.Fields;
        Assert.Equal("article", planck.Paper.EntryType);
        Assert.Equal(@"{Astronomy \& Astrophysics}", f["journal"]);
        Assert.Equal("{641}", f["volume"]);
        Assert.Equal("{A6}", f["pages"]);
        // biber's data model has no publisher for @article; the journal names it.
        Assert.Null(f["publisher"]);
        Assert.Equal("{" + PlanckDoi + "}", f["doi"]);
        Assert.Equal("{2020}", f["year"]);
        // The key and the eprint fields stay, so the arXiv version stays findable.
        Assert.Equal("planck2018", planck.Paper.CitationKey);
        Assert.Equal("{1807.06209}", f["eprint"]);
        Assert.Equal("{arXiv}", f["archivePrefix"]);
        Assert.Contains(planck.Changes, c => c.Field == "year" && c.Before == "{2018}" && c.After == "{2020}");
        Assert.Contains(planck.Changes, c => c.Field == "type" && c.Before == "misc" && c.After == "article");
    }

    [Fact]
    public void ConferenceVersionFromSemanticScholarIsApplied()
    {
        var bert = Of(Run(Library()).Results, "devlin2019bert");
        Assert.Equal(PublicationStatus.Published, bert.Status);
        Assert.Equal("Semantic Scholar externalIds", bert.FoundBy);
        Assert.Equal("inproceedings", bert.Paper.EntryType);
        Assert.Equal("{Proceedings of the 2019 Conference of the North}", bert.Paper.Fields["booktitle"]);
        Assert.Equal("{4171--4186}", bert.Paper.Fields["pages"]);
        Assert.Null(bert.Paper.Fields["journal"]);
        Assert.Equal("{Association for Computational Linguistics}", bert.Paper.Fields["publisher"]);
    }

    [Fact]
    public void ChangedTitleIsAcceptedOnIdentifierLinkAndAuthors()
    {
        var silver = Of(Run(Library()).Results, "silver2017mastering");
        Assert.Equal(PublicationStatus.Published, silver.Status);
        Assert.Equal("OpenAlex locations", silver.FoundBy);
        Assert.Contains("title changed", silver.Reason);
        var f = silver.Paper.Fields;
        // Google Scholar's "arXiv preprint arXiv:1712.01815" gives way to the journal; the arXiv id moves to eprint.
        Assert.Equal("{Science}", f["journal"]);
        Assert.Equal("{1712.01815}", f["eprint"]);
        Assert.Equal("{6419}", f["number"]);
        Assert.Equal("{1140--1144}", f["pages"]);
        // The title is the preprint's as written: what changes is the publication, never the entry's title.
        Assert.Equal("{Mastering chess and shogi by self-play with a general reinforcement learning algorithm}",
            f["title"]);
    }

    [Fact]
    public void FalseFriendWithTheSameTitleIsReportedNeverApplied()
    {
        var library = Library();
        var (results, reporter) = Run(library);
        var polson = Of(results, "polson2018deep");
        Assert.Equal(PublicationStatus.PossibleMatch, polson.Status);
        Assert.Equal(FalseFriendDoi, polson.PublishedDoi);
        Assert.Same(polson.Original, polson.Paper);
        Assert.Empty(polson.Changes);
        Assert.Contains(reporter.Problems, p => p.ErrorId == ErrorIds.PublicationPossibleMatch
            && p.Message.Contains("other authors"));
    }

    [Fact]
    public void NeverPublishedPreprintPassesThroughAsItWas()
    {
        var kernel = Of(Run(Library()).Results, "elkhoury2025kernel");
        Assert.Equal(PublicationStatus.NotFound, kernel.Status);
        Assert.Same(kernel.Original, kernel.Paper);
    }

    [Fact]
    public void RetractionWithdrawalAndConcernAreReportedAndMarkedOnlyWhenAsked()
    {
        var (results, reporter) = Run(Library());
        var lancet = Of(results, "wakefield1998ileal");
        Assert.True(lancet.IsRetracted);
        Assert.Equal(NoticeKind.Retraction, lancet.Notices.Single().Kind);
        Assert.Equal(LancetRetractionDoi, lancet.Notices.Single().NoticeDoi);
        Assert.Contains("retraction-watch", lancet.Notices.Single().StatedBy);
        Assert.Same(lancet.Original, lancet.Paper);
        Assert.True(Of(results, "roe2026withdrawn").IsRetracted);
        var concern = Of(results, "roe2026concern");
        Assert.False(concern.IsRetracted);
        Assert.Equal(NoticeKind.ExpressionOfConcern, concern.Notices.Single().Kind);
        Assert.Equal(new[] { ErrorIds.PublicationRetracted, ErrorIds.PublicationExpressionOfConcern,
            ErrorIds.PublicationWithdrawn },
            reporter.ErrorIds.Where(id => id != ErrorIds.PublicationPossibleMatch).ToArray());

        var marked = Run(Library(), new PublicationOptions { MarkRetracted = true }).Results;
        Assert.Equal("{retracted}", Of(marked, "wakefield1998ileal").Paper.Fields["keywords"]);
        Assert.Equal("{withdrawn}", Of(marked, "roe2026withdrawn").Paper.Fields["keywords"]);
        Assert.Null(Of(marked, "roe2026concern").Paper.Fields["keywords"]);
    }

    [Fact]
    public void WarmRerunSendsNothingAndUpgradedPapersChangeNoMore()
    {
        var first = Run(Library(), new PublicationOptions { MarkRetracted = true }).Results;
        var sent = bed.Server.Requests.Count;
        Assert.True(sent > 0);
        var again = Run(Library()).Results;
        Assert.Equal(sent, bed.Server.Requests.Count);
        Assert.Equal(first.Select(r => r.Status), again.Select(r => r.Status));

        // The upgraded library, read back: nothing more to change, and still nothing sent.
        var upgraded = Reread(first.Select(r => r.Paper));
        var second = Run(upgraded, new PublicationOptions { MarkRetracted = true }).Results;
        Assert.All(second, r => Assert.Empty(r.Changes));
        Assert.Equal(sent, bed.Server.Requests.Count);
    }

    [Fact]
    public void OnlyTheUpgradedEntriesAreRewritten()
    {
        var path = Path.Combine(bed.CacheFolder, "..", "library.bib");
        Directory.CreateDirectory(bed.CacheFolder);
        File.Copy(Fixture.Path("publication", "library.bib"), path);
        var before = File.ReadAllText(path);
        var results = Run(BibTeXLibrary.Read(path, _ => { })!.Papers).Results;
        Write(path, results.Select(r => r.Paper));
        var after = File.ReadAllText(path);
        var changedKeys = results.Where(r => r.Changed).Select(r => r.CitationKey).ToHashSet();
        Assert.Equal(new[] { "planck2018", "devlin2019bert", "silver2017mastering" }, changedKeys.ToArray());
        foreach (var entry in BibTeXLibrary.Read(Fixture.Path("publication", "library.bib"), _ => { })!.Papers)
            Assert.Equal(!changedKeys.Contains(entry.CitationKey!),
                after.Contains(entry.Entry!.Text, StringComparison.Ordinal));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void DigestPaperGetsTheTypedProperties()
    {
        var digest = new Paper { Title = "Planck 2018 results. VI. Cosmological parameters", ArxivId = "1807.06209" };
        var result = Run(new[] { digest }).Results.Single();
        Assert.Equal(PublicationStatus.Published, result.Status);
        Assert.Equal("Astronomy & Astrophysics", result.Paper.Venue);
        Assert.Equal(PlanckDoi, result.Paper.Doi);
        Assert.Equal(2020, result.Paper.Year);
        Assert.Equal("article", result.Paper.EntryType);
        Assert.Equal("{641}", result.Paper.Fields["volume"]);
        Assert.Null(digest.Doi);
    }

    [Fact]
    public void OutageIsNamedAndEveryPaperPassesThrough()
    {
        bed.Options.MaxRetries = 0;
        bed.Server.Enqueue("crossref",
            Enumerable.Range(0, 20).Select(_ => Metadata.Loopback.Fault.Status(503)).ToArray());
        bed.Server.Enqueue("arxiv", Metadata.Loopback.Fault.Status(503));
        var library = Library();
        var (results, reporter) = Run(library);
        Assert.Contains(ErrorIds.MetadataServiceUnavailable, reporter.ErrorIds);
        Assert.DoesNotContain(results, r => r.Status == PublicationStatus.Published);
        Assert.Equal(library, results.Select(r => r.Paper));
    }

    private static List<Paper> Reread(IEnumerable<Paper> papers)
    {
        var path = Path.Combine(Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N") + ".bib");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Write(path, papers);
        return BibTeXLibrary.Read(path, _ => { })!.Papers.ToList();
    }

    private static void Write(string path, IEnumerable<Paper> papers)
    {
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(),
            p => throw new InvalidOperationException(p.ToString()));
        var plan = exporter.Plan(path, papers, append: false, noClobber: false, force: true, out var failure);
        Assert.Null(failure);
        Assert.True(exporter.Commit(plan!, force: true, out failure), failure?.ToString());
    }

    public void Dispose() => bed.Dispose();
}
