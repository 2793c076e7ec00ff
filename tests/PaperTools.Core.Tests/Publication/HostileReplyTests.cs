#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Metadata;
using PaperTools.Publication;
using PaperTools.Tests.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;
using static PaperTools.Tests.Publication.PublicationReplies;

namespace PaperTools.Tests.Publication;

/// <summary>
/// Replies that must not reach a .bib: each is refused or reported under its own id, and the paper passes through
/// as it came. The replies are the real shapes of PublicationReplies with the hostile part put in.
/// </summary>
public sealed class HostileReplyTests : IDisposable
{
    private const string Json = "application/json; charset=utf-8";
    private static readonly string[] Authors = { "Ada Quill", "Bo Ferrand" };
    private readonly MetadataTestBed bed = new();

    public HostileReplyTests()
    {
        var server = bed.Server;
        bed.Options.Endpoints = new MetadataEndpoints(server.ArxivApi, server.HuggingFaceApi, server.CrossrefApi,
            server.Root + "/openalex", server.Root + "/s2");
    }

    /// <summary>An arXiv preprint whose arXiv record states <paramref name="statedDoi"/>.</summary>
    private Paper Preprint(string statedDoi, string title = "Sparse probes for calibrated retrieval")
    {
        bed.Server.Catalog.Add(new KnownPaper
        {
            ArxivId = "2401.00042", Title = title, Authors = Authors, Doi = statedDoi,
            Published = new DateTime(2024, 1, 11), Abstract = "The abstract.",
        });
        return new Paper { Title = title, Authors = Authors, Year = 2024, ArxivId = "2401.00042",
            CitationKey = "quill2024sparse" };
    }

    private void Crossref(string askedDoi, string body) => bed.Server.Replay(CrossrefPath(askedDoi), 200, Json, body);

    private static string Work(string doi, string title = "Sparse probes for calibrated retrieval",
        string[]? authors = null,
        string type = "journal-article", string container = "Journal of Test Fixtures", string? volume = "3",
            string? publisher = "Crossref Test Prefix",
        System.Text.Json.Nodes.JsonObject? relation = null, System.Text.Json.Nodes.JsonArray? updatedBy = null,
            System.Text.Json.Nodes.JsonArray? updateTo = null)
        => CrossrefWork(doi, type, title, authors ?? Authors, 2025, container, volume: volume, page: "1-9",
            publisher: publisher,
            relation: relation, updatedBy: updatedBy, updateTo: updateTo);

    private (PublicationResult Result, RecordingReporter Reporter) Run(Paper paper)
    {
        var reporter = new RecordingReporter();
        using var updater = new PublicationUpdater(bed.Options, new PublicationOptions(), reporter.ToReporter(),
            bed.Clock);
        return (updater.Update(new[] { paper }, default).Single(), reporter);
    }

    private static void AssertRefused(Paper paper, PublicationResult result, RecordingReporter reporter, string errorId)
    {
        Assert.Contains(errorId, reporter.ErrorIds);
        Assert.Same(paper, result.Paper);
        Assert.Empty(result.Changes);
        Assert.NotEqual(PublicationStatus.Published, result.Status);
    }

    [Fact]
    public void CrossrefAnsweringForAnotherDoiIsRefused()
    {
        var paper = Preprint("10.5555/asked.1");
        Crossref("10.5555/asked.1", Work("10.5555/someone.else"));
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationReplyMismatch);
    }

    [Fact]
    public void StatedDoiResolvingToAnotherWorkIsRefused()
    {
        var paper = Preprint("10.5555/other.work");
        Crossref("10.5555/other.work",
            Work("10.5555/other.work", "Thermal limits of alpine beetles", new[] { "Cy Marsh" }));
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationDoiOtherWork);
    }

    [Fact]
    public void StatedDoiPublishedBeforeThePreprintIsRefused()
    {
        var paper = Preprint("10.5555/too.early");
        Crossref("10.5555/too.early",
            CrossrefWork("10.5555/too.early", "journal-article", paper.Title!, Authors, 2019,
                "Journal of Test Fixtures"));
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationDoiOtherWork);
        Assert.Contains(reporter.Problems, p => p.Message.Contains("outside 2024 to 2028"));
    }

    [Fact]
    public void RelationLoopIsRefused()
    {
        // A bioRxiv preprint "is a preprint of" B, and B claims to be a preprint of A.
        var paper = new Paper { Title = "Sparse probes for calibrated retrieval", Authors = Authors, Year = 2024,
            Doi = "10.1101/2024.01.01.000001" };
        Crossref("10.1101/2024.01.01.000001",
            Work("10.1101/2024.01.01.000001", type: "posted-content",
                relation: Relation("is-preprint-of", "10.5555/loop.b")));
        Crossref("10.5555/loop.b",
            Work("10.5555/loop.b", relation: Relation("is-preprint-of", "10.1101/2024.01.01.000001")));
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationRelationLoop);
    }

    [Fact]
    public void RelationToADoiWithoutMetadataIsReported()
    {
        var paper = new Paper { Title = "Sparse probes for calibrated retrieval", Authors = Authors, Year = 2024,
            Doi = "10.1101/2024.01.01.000002" };
        Crossref("10.1101/2024.01.01.000002",
            Work("10.1101/2024.01.01.000002", type: "posted-content",
                relation: Relation("is-preprint-of", "10.5555/nowhere")));
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationTargetMissing);
    }

    [Fact]
    public void BiorxivRelationIsFollowedWhenTheWorkAgrees()
    {
        var paper = new Paper { Title = "Sparse probes for calibrated retrieval", Authors = Authors, Year = 2024,
            Doi = "10.1101/2024.01.01.000003" };
        Crossref("10.1101/2024.01.01.000003",
            Work("10.1101/2024.01.01.000003", type: "posted-content",
                relation: Relation("is-preprint-of", "10.5555/published.3")));
        Crossref("10.5555/published.3", Work("10.5555/published.3"));
        var (result, _) = Run(paper);
        Assert.Equal(PublicationStatus.Published, result.Status);
        Assert.Equal("Crossref is-preprint-of", result.FoundBy);
        Assert.Equal("10.5555/published.3", result.Paper.Doi);
    }

    [Fact]
    public void RetractionNoticeAboutAnotherDoiIsIgnored()
    {
        var paper = new Paper { Title = "Sparse probes for calibrated retrieval", Authors = Authors, Year = 2025,
            Doi = "10.5555/published.4",
                                Venue = "Journal of Test Fixtures", EntryType = "article" };
        Crossref("10.5555/published.4",
            Work("10.5555/published.4", updatedBy: Update("retraction", "10.5555/notice.4")));
        Crossref("10.5555/notice.4",
            Work("10.5555/notice.4", "Retraction notice", type: "journal-article",
                updateTo: Update("retraction", "10.5555/another.paper")));
        var (result, reporter) = Run(paper);
        Assert.Contains(ErrorIds.PublicationNoticeMismatch, reporter.ErrorIds);
        Assert.DoesNotContain(ErrorIds.PublicationRetracted, reporter.ErrorIds);
        Assert.False(result.IsRetracted);
    }

    [Fact]
    public void RetractionNoticeThatNamesThePaperIsKept()
    {
        var paper = new Paper { Title = "Sparse probes for calibrated retrieval", Authors = Authors, Year = 2025,
            Doi = "10.5555/published.5",
                                Venue = "Journal of Test Fixtures", EntryType = "article" };
        Crossref("10.5555/published.5",
            Work("10.5555/published.5", updatedBy: Update("retraction", "10.5555/notice.5")));
        Crossref("10.5555/notice.5",
            Work("10.5555/notice.5", "Retraction notice", updateTo: Update("retraction", "10.5555/published.5")));
        var (result, reporter) = Run(paper);
        Assert.True(result.IsRetracted);
        Assert.Equal(new[] { ErrorIds.PublicationRetracted }, reporter.ErrorIds.ToArray());
    }

    [Theory]
    [InlineData("container", @"Journal of \input{/etc/passwd}")]
    [InlineData("container", "Journal of $\\alpha$ Studies")]
    [InlineData("publisher", "<script>alert(1)</script>")]
    [InlineData("volume", @"3}\def\x{")]
    public void TexOrScriptInTheRecordIsRefused(string field, string value)
    {
        var paper = Preprint("10.5555/unsafe");
        Crossref("10.5555/unsafe", field switch
        {
            "container" => Work("10.5555/unsafe", container: value),
            "publisher" => Work("10.5555/unsafe", publisher: value),
            _ => Work("10.5555/unsafe", volume: value),
        });
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationReplyUnsafe);
    }

    [Fact]
    public void SemanticScholarAnsweringForAnotherPaperIsRefused()
    {
        var paper = Preprint(statedDoi: null!);
        bed.Server.Replay($"/s2/paper/arXiv:2401.00042?fields={SemanticScholarFields}", 200, Json,
            SemanticScholarPaper("2305.99999", "Sparse probes for calibrated retrieval", "10.5555/s2.other"));
        Crossref("10.5555/s2.other", Work("10.5555/s2.other"));
        var (result, reporter) = Run(paper);
        AssertRefused(paper, result, reporter, ErrorIds.PublicationReplyMismatch);
    }

    [Fact]
    public void OpenAlexKeyIsSentButNeverLoggedOrCached()
    {
        var paper = Preprint(statedDoi: null!);
        var reporter = new RecordingReporter();
        using (var updater = new PublicationUpdater(bed.Options, new PublicationOptions { OpenAlexKey = "s3cret-key" },
            reporter.ToReporter(), bed.Clock))
        {
            updater.Update(new[] { paper }, default);
            Assert.Contains(bed.Server.Requests, r => r.Path.StartsWith("/openalex/", StringComparison.Ordinal)
                && r.Query.Contains("api_key=s3cret-key"));
            Assert.DoesNotContain(updater.Log.Records, r => r.Url.Contains("s3cret"));
        }
        Assert.DoesNotContain(reporter.VerboseLines.Concat(reporter.Problems.Select(p => p.ToString())),
            l => l.Contains("s3cret"));
        foreach (var file in System.IO.Directory.GetFiles(bed.CacheFolder, "*", System.IO.SearchOption.AllDirectories))
            Assert.DoesNotContain("s3cret", System.IO.File.ReadAllText(file));
    }

    public void Dispose() => bed.Dispose();
}
