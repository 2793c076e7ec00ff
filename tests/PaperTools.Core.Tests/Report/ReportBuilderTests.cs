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
    private static InterestProfile Profile(string name, string[] queries, string[]? categories = null, string[]? recipients = null)
        => new(name, queries.Select(SearchQuery.Parse).ToList(), categories ?? Array.Empty<string>(), recipients ?? Array.Empty<string>());

    private static readonly List<Paper> Day = new()
    {
        new Paper { Title = "Margin losses for face recognition", Abstract = "An additive angular margin.", Categories = new[] { "cs.CV" } },
        new Paper { Title = "Diffusion models for video", Abstract = "We generate video with diffusion.", Categories = new[] { "cs.CV" } },
        new Paper { Title = "Robot grasping with diffusion policies", Abstract = "Manipulation by diffusion.", Categories = new[] { "cs.RO" } },
        new Paper { Title = "Softmax margin in speech", Abstract = "A margin for speakers.", Categories = new[] { "eess.AS" } },
    };

    [Fact]
    public void APaperMatchingSeveralProfilesIsInEachRankedWithTheTermsFound()
    {
        var report = ReportBuilder.Build(Day, new[] { Profile("Vision", new[] { "diffusion", "margin" }, new[] { "cs.CV" }), Profile("Generative", new[] { "diffusion" }) });
        Assert.Equal(4, report.PapersRead);
        var vision = report.Sections[0];
        Assert.Equal(new[] { Day[0], Day[1] }.ToHashSet(), vision.Entries.Select(e => e.Paper).ToHashSet()); // cs.RO and eess.AS left out
        var generative = report.Sections[1];
        Assert.Equal(new[] { Day[1], Day[2] }, generative.Entries.Select(e => e.Paper).OrderBy(p => Day.IndexOf(p)));
        Assert.All(generative.Entries, e => Assert.Equal("title: diffusion; abstract: diffusion", e.Matches));
        Assert.True(vision.Entries.Zip(vision.Entries.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void TermsFromSeveralQueriesMergeFieldByField()
    {
        var report = ReportBuilder.Build(Day, new[] { Profile("Speech", new[] { "title:margin", "softmax OR speakers" }) });
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
        var papers = new[] { new Paper { Title = "a", DigestDate = new DateTime(2025, 8, 19) }, new Paper { Title = "b", DigestDate = new DateTime(2025, 8, 20) } };
        Assert.Equal("Reading list, 2025-08-20", ReportBuilder.Build(papers, null).Title);
    }
}
