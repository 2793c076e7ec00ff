#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Report;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Report;

public class ReportBuilderTests
{
    private static InterestProfile Profile(string name, string[] queries, string[]? categories = null)
        => new(name, queries.Select(SearchQuery.Parse).ToList(), categories ?? Array.Empty<string>(),
            Array.Empty<string>());

    private static readonly List<Paper> Day = new()
    {
        Make("Margin losses for face recognition", "An additive angular margin.", "cs.CV"),
        Make("Diffusion models for video", "We generate video with diffusion.", "cs.CV"),
        Make("Robot grasping with diffusion policies", "Manipulation by diffusion.", "cs.RO"),
        Make("Softmax margin in speech", "A margin for speakers.", "eess.AS"),
    };

    private static Paper Make(string title, string abstractText, string category)
        => new() { Title = title, Abstract = abstractText, Categories = new[] { category } };

    [Fact]
    public void APaperMatchingSeveralProfilesIsInEachRankedWithTheTermsFound()
    {
        var profiles = new[]
        {
            Profile("Vision", new[] { "diffusion", "margin" }, new[] { "cs.CV" }),
            Profile("Generative", new[] { "diffusion" }),
        };
        var report = ReportBuilder.Build(Day, profiles);
        Assert.Equal(4, report.PapersRead);
        var vision = report.Sections[0];
        // cs.RO and eess.AS are left out.
        Assert.Equal(new[] { Day[0], Day[1] }.ToHashSet(), vision.Entries.Select(e => e.Paper).ToHashSet());
        var generative = report.Sections[1];
        Assert.Equal(new[] { Day[1], Day[2] }, generative.Entries.Select(e => e.Paper).OrderBy(p => Day.IndexOf(p)));
        Assert.All(generative.Entries, e => Assert.Equal("title: diffusion; abstract: diffusion", e.Matches));
        Assert.True(vision.Entries.Zip(vision.Entries.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void TermsFromSeveralQueriesMergeFieldByField()
    {
        var speechProfile = Profile("Speech", new[] { "title:margin", "softmax OR speakers" });
        var report = ReportBuilder.Build(Day, new[] { speechProfile });
        var speech = report.Sections[0].Entries.Single(e => e.Paper == Day[3]);
        Assert.Equal("title: margin, softmax; abstract: speakers", speech.Matches);
    }

    [Fact]
    public void ACategoryOnlyProfileTakesEveryPaperInItsCategoriesInInputOrder()
    {
        var report = ReportBuilder.Build(Day, new[] { Profile("Vision", Array.Empty<string>(), new[] { "cs.C*" }) });
        Assert.Equal(new[] { Day[0], Day[1] }, report.Sections[0].Entries.Select(e => e.Paper));
        Assert.All(report.Sections[0].Entries, e => Assert.Null(e.Matches));
    }

    [Fact]
    public void WithoutProfilesEveryPaperIsOneSectionAndHeldPapersAreMarked()
    {
        var held = new Paper { Title = "Diffusion Models for Video" };
        var report = ReportBuilder.Build(Day.Append(null), null, new[] { held });
        var all = Assert.Single(report.Sections);
        Assert.Equal(Day, all.Entries.Select(e => e.Paper));
        Assert.Equal(new[] { false, true, false, false }, all.Entries.Select(e => e.Held));
        Assert.EndsWith("1 already in the library", report.Summary);
    }

    [Fact]
    public void TheTitleCarriesTheLatestDigestDate()
    {
        var papers = new[]
        {
            new Paper { Title = "a", DigestDate = new DateTime(2025, 8, 19) },
            new Paper { Title = "b", DigestDate = new DateTime(2025, 8, 20) },
        };
        Assert.Equal("Reading list, 2025-08-20", ReportBuilder.Build(papers, null).Title);
    }
}
