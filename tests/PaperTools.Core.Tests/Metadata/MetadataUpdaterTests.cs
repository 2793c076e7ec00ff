using System;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>Update-PaperMetadata's behaviour in Core, against loopback services in the documented reply shapes.</summary>
public class MetadataUpdaterTests
{
    private static Paper Digest(string title, DateTime? day = null) => new Paper { Title = title, Abstract = "From the digest.", DigestDate = day, SourceFormat = DigestFormat.Text };

    [Fact]
    public void ADatedDigestResolvesFromThatDaysListAndArxivAddsWhatItRecords()
    {
        using (var bed = new MetadataTestBed())
        {
            var kernel = MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Fares El Khoury", "Edouard Pauwels", "Samuel Vaiter", "Michael Arbel");
            var unihg = MetadataTestBed.Record("2508.14038", "UniHG: A Large-scale Universal Heterogeneous Graph Dataset and Benchmark for Representation Learning and Cross-Domain Transferring", "Zhang Wei", "Li Na");
            unihg.Doi = "10.1109/TKDE.2025.0001";
            unihg.JournalRef = "IEEE Trans. Knowl. Data Eng. 37 (2025) 1-14";
            bed.Catalog.AddToDailyList("2025-08-20", kernel);
            bed.Catalog.AddToDailyList("2025-08-20", unihg);
            var day = new DateTime(2025, 8, 20);
            var input = new[]
            {
                Digest("Learning Theory for Kernel Bilevel Optimization", day),
                Digest("UniHG: ALarge-scale Universal Heterogeneous Graph Dataset and Benchmark for Representation Learning and Cross-Domain Transferring", day),
            };

            var (papers, updater) = bed.Run(input);

            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal(new[] { "2502.08457", "2508.14038" }, papers.Select(p => p.ArxivId));
            Assert.Equal(kernel.Authors, papers[0].Authors);
            Assert.Equal(2025, papers[0].Year);
            Assert.Equal(new DateTime(2025, 2, 11), papers[0].Published);
            Assert.Equal(2, papers[0].ArxivVersion);
            Assert.Equal(new[] { "cs.LG", "stat.ML" }, papers[0].Categories);
            Assert.Equal("https://arxiv.org/abs/2502.08457", papers[0].Url);
            Assert.Equal("https://arxiv.org/pdf/2502.08457", papers[0].PdfUrl);
            Assert.Equal("From the digest.", papers[0].Abstract);
            Assert.Equal("10.1109/TKDE.2025.0001", papers[1].Doi);
            Assert.Equal("IEEE Trans. Knowl. Data Eng. 37 (2025) 1-14", papers[1].JournalRef);
            // The digest's title stays: metadata fills what is missing, it does not rewrite what the digest said.
            Assert.StartsWith("UniHG: ALarge-scale", papers[1].Title);
            Assert.Equal("arxiv 2502.08457 via Hugging Face daily papers 2025-08-20, title match 1.00: ArxivId, Authors, Published, Year, Url, PdfUrl; " +
                         "arxiv 2502.08457v2 via arXiv API id_list: ArxivVersion, Categories", papers[0].MetadataSource);
            // One daily list and one id_list request for both papers; no search.
            Assert.Equal(1, bed.Server.Count("hf"));
            Assert.Equal(1, bed.Server.Count("arxiv"));
            Assert.Contains("id_list=2502.08457,2508.14038", bed.Server.Requests.Single(r => r.Service == "arxiv").Query);
            Assert.Empty(updater.Unresolved);
            // The caller's papers are untouched.
            Assert.Null(input[0].ArxivId);
            Assert.Null(input[0].MetadataSource);
        }
    }

    [Fact]
    public void ANearMissThatSearchesPutFirstIsNeverAttached()
    {
        using (var bed = new MetadataTestBed())
        {
            var right = MetadataTestBed.Record("2306.11644", "Textbooks Are All You Need", "Suriya Gunasekar", "Yi Zhang");
            var sequel = MetadataTestBed.Record("2309.05463", "Textbooks Are All You Need II: phi-1.5 technical report", "Yuanzhi Li", "Sébastien Bubeck");
            bed.Catalog.Add(right);
            bed.Catalog.AddNearMiss(right.Title, sequel);
            var absent = "Qwen Technical Report";
            bed.Catalog.AddNearMiss(absent, MetadataTestBed.Record("2407.10671", "Qwen2 Technical Report", "An Yang"));

            var (papers, updater) = bed.Run(new[] { Digest(right.Title), Digest(absent) });

            Assert.Equal("2306.11644", papers[0].ArxivId);
            Assert.Equal(right.Authors, papers[0].Authors);
            Assert.Null(papers[1].ArxivId);
            Assert.Empty(papers[1].Authors);
            Assert.Null(papers[1].MetadataSource);
            var (paper, reason) = Assert.Single(updater.Unresolved);
            Assert.Equal(absent, paper.Title);
            Assert.Contains("no record with this title", reason);
            // The absent paper was looked for everywhere: Hugging Face, arXiv, Crossref, once each.
            Assert.Equal(2, bed.Server.Requests.Count(r => r.Path == "/hf/api/papers/search"));
            Assert.Equal(1, bed.Server.Requests.Count(r => r.Service == "arxiv" && r.Query.Contains("search_query")));
            Assert.Equal(1, bed.Server.Count("crossref"));
        }
    }

    [Fact]
    public void TwoDifferentWorksMatchingAlikeLeaveThePaperAlone()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Catalog.Add(MetadataTestBed.Record("2101.00001", "A Tutorial on Bayesian Optimization", "Peter Frazier"));
            bed.Catalog.Add(MetadataTestBed.Record("1807.02811", "A Tutorial on Bayesian Optimization", "Eric Brochu"));
            bed.Options.Sources = new[] { MetadataService.HuggingFace };

            var (papers, updater) = bed.Run(new[] { Digest("A Tutorial on Bayesian Optimization") });

            Assert.Null(papers[0].ArxivId);
            Assert.StartsWith("Hugging Face paper search: ambiguous", Assert.Single(updater.Unresolved).Reason);
        }
    }

    [Fact]
    public void AnIdenticalTitleOutranksANearEqualOne()
    {
        using (var bed = new MetadataTestBed())
        {
            var title = "Scaling Laws for Neural Language Models in a Title Long Enough to Matter";
            bed.Catalog.Add(MetadataTestBed.Record("2001.08361", title, "Jared Kaplan"));
            bed.Catalog.AddNearMiss(title, MetadataTestBed.Record("2001.99999", title.Replace("Model", "Modal"), "Someone Else"));
            bed.Options.Sources = new[] { MetadataService.HuggingFace };

            var (papers, _) = bed.Run(new[] { Digest(title) });

            Assert.Equal("2001.08361", papers[0].ArxivId);
        }
    }

    [Fact]
    public void StatedValuesStayUnlessForced()
    {
        using (var bed = new MetadataTestBed())
        {
            var record = MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Fares El Khoury", "Samuel Vaiter");
            bed.Catalog.Add(record);
            var stated = new Paper { Title = record.Title, ArxivId = "2502.08457", Authors = new[] { "F. El Khoury", "S. Vaiter" }, Year = 2025, Abstract = "Mine." };

            var (kept, _) = bed.Run(new[] { stated });
            Assert.Equal(new[] { "F. El Khoury", "S. Vaiter" }, kept[0].Authors);
            Assert.Equal("Mine.", kept[0].Abstract);
            Assert.Equal(new[] { "cs.LG", "stat.ML" }, kept[0].Categories);
            Assert.DoesNotContain("Authors", kept[0].MetadataSource);

            bed.Options.Force = true;
            var (forced, _) = bed.Run(new[] { stated });
            Assert.Equal(record.Authors, forced[0].Authors);
            Assert.Equal(record.Abstract, forced[0].Abstract);
            Assert.Contains("Authors", forced[0].MetadataSource);
            Assert.Equal(new[] { "F. El Khoury", "S. Vaiter" }, stated.Authors);
        }
    }

    [Fact]
    public void PapersComeBackInOrderAndWhatNeedsNothingIsTheSameObject()
    {
        using (var bed = new MetadataTestBed())
        {
            var complete = new Paper { Title = "Done", ArxivId = "2401.00001", ArxivVersion = 1, Authors = new[] { "A. Author" }, Published = new DateTime(2024, 1, 2), Categories = new[] { "cs.LG" } };
            var notAPaper = new Paper { Title = "Figure 3.pdf", IsPaper = false };
            bed.Catalog.Add(MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter"));
            var input = new[] { complete, Digest("Learning Theory for Kernel Bilevel Optimization"), notAPaper };

            var (papers, _) = bed.Run(input);

            Assert.Same(complete, papers[0]);
            Assert.Equal("2502.08457", papers[1].ArxivId);
            Assert.Same(notAPaper, papers[2]);
            Assert.DoesNotContain(bed.Server.Requests, r => r.Query.Contains("Figure"));
        }
    }

    [Fact]
    public void AWarmCacheSendsNothingAndOfflineSendsNothingEither()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Catalog.AddToDailyList("2025-08-20", MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter"));
            var input = new[] { Digest("Learning Theory for Kernel Bilevel Optimization", new DateTime(2025, 8, 20)), Digest("Absent From Every Service") };

            var (cold, _) = bed.Run(input);
            Assert.Empty(bed.Reporter.Problems);
            var sent = bed.Server.Requests.Count;
            Assert.True(sent >= 4);

            var (warm, updater) = bed.Run(input);
            Assert.Equal(sent, bed.Server.Requests.Count);
            Assert.Equal(0, updater.Log.Count(RequestOutcome.Sent));
            Assert.Equal(cold.Select(p => p.MetadataSource), warm.Select(p => p.MetadataSource));

            bed.Options.Offline = true;
            bed.Options.CachePath = bed.CacheFolder + "-empty";
            var (offline, offlineRun) = bed.Run(input);
            Assert.Equal(sent, bed.Server.Requests.Count);
            Assert.True(offlineRun.Log.Count(RequestOutcome.NotInCache) > 0);
            Assert.Same(input[0], offline[0]);
        }
    }

    [Fact]
    public void CachedAnswersOlderThanMaxAgeAreAskedForAgain()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Catalog.Add(MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter"));
            bed.Options.MaxAge = TimeSpan.FromDays(1);
            var input = new[] { Digest("Learning Theory for Kernel Bilevel Optimization") };
            bed.Run(input);
            var sent = bed.Server.Requests.Count;

            bed.Clock.Advance(TimeSpan.FromHours(23));
            bed.Run(input);
            Assert.Equal(sent, bed.Server.Requests.Count);

            bed.Clock.Advance(TimeSpan.FromHours(2));
            bed.Run(input);
            Assert.Equal(2 * sent, bed.Server.Requests.Count);
        }
    }

    [Fact]
    public void SourceChoosesAndOrdersTheServices()
    {
        using (var bed = new MetadataTestBed())
        {
            var record = MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter");
            record.Doi = "10.5555/kbo.2025";
            record.Venue = "Journal of Machine Learning Research";
            bed.Catalog.Add(record);
            bed.Options.Sources = new[] { MetadataService.Crossref };

            var (papers, _) = bed.Run(new[] { Digest(record.Title) });

            Assert.Equal(0, bed.Server.Count("hf"));
            Assert.Equal(0, bed.Server.Count("arxiv"));
            Assert.Equal("10.5555/kbo.2025", papers[0].Doi);
            Assert.Equal("2502.08457", papers[0].ArxivId); // Crossref's has-preprint relation names it
            Assert.Equal("Journal of Machine Learning Research", papers[0].Venue);
            Assert.StartsWith("doi 10.5555/kbo.2025 via Crossref bibliographic search, title match 1.00", papers[0].MetadataSource);
        }
    }

    [Fact]
    public void WithoutArxivAHuggingFacePaperPageCompletesAPaperKnownByItsId()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Catalog.Add(MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter"));
            bed.Options.Sources = new[] { MetadataService.HuggingFace };

            var (papers, _) = bed.Run(new[] { new Paper { Title = "Learning Theory for Kernel Bilevel Optimization", ArxivId = "2502.08457" }, new Paper { Title = "Unknown", ArxivId = "2502.99999" } });

            Assert.Equal(new[] { "Samuel Vaiter" }, papers[0].Authors);
            Assert.Contains("via Hugging Face paper page", papers[0].MetadataSource);
            Assert.Empty(papers[1].Authors);
            Assert.Empty(bed.Reporter.Problems);
        }
    }

    [Fact]
    public void APaperKnownByItsDoiIsCompletedFromCrossrefWorks()
    {
        using (var bed = new MetadataTestBed())
        {
            var work = new KnownPaper { Doi = "10.1103/PhysRevB.89.140501", Title = "Particle entanglement in continuum many-body systems via quantum Monte Carlo", Authors = new[] { "C. M. Herdman", "Adrian Del Maestro" }, Published = new DateTime(2014, 4, 4), Venue = "Physical Review B" };
            bed.Catalog.Add(work);

            var (papers, _) = bed.Run(new[] { new Paper { Title = "Particle entanglement in continuum many-body systems", Doi = "10.1103/physrevb.89.140501" } });

            Assert.Equal(work.Authors, papers[0].Authors);
            Assert.Equal(2014, papers[0].Year);
            Assert.Equal("Physical Review B", papers[0].Venue);
            Assert.Equal(1, bed.Server.Count("crossref"));
            Assert.Equal(0, bed.Server.Count("hf") + bed.Server.Count("arxiv"));
        }
    }

    [Fact]
    public void RequestsNamePaperToolsItsVersionAndTheContact()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Options.Contact = "librarian@example.org";
            bed.Run(new[] { Digest("Absent From Every Service") });

            Assert.Empty(bed.Reporter.Problems);
            Assert.All(bed.Server.Requests, r => Assert.Equal("PaperTools/9.8.7 (+https://github.com/papertools/PaperTools; mailto:librarian@example.org)", r.UserAgent));
            Assert.Contains("mailto=librarian%40example.org", bed.Server.Requests.Single(r => r.Service == "crossref").Query);
            // The contact is not part of the cache key: without it the answer is still found in the cache.
            bed.Options.Contact = null;
            var (_, updater) = bed.Run(new[] { Digest("Absent From Every Service") });
            Assert.True(0 == updater.Log.Count(RequestOutcome.Sent), string.Join("\n", updater.Log.Records.Select(r => r.Outcome + " " + r.Url)));
        }
    }

    [Fact]
    public void ProgressSaysHowManyAreResolvedAndWhichServiceIsAwaited()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Catalog.Add(MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter"));
            bed.Run(new[] { Digest("Learning Theory for Kernel Bilevel Optimization"), new Paper { Title = "Known", ArxivId = "2502.08457" } });

            var reports = bed.Reporter.ProgressReports;
            Assert.Contains(reports, r => r.Activity == "asking Hugging Face: paper search");
            Assert.Contains(reports, r => r.Activity.StartsWith("asking arXiv: id_list"));
            Assert.Equal(2, reports.Last().Resolved);
            Assert.All(reports, r => Assert.Equal(2, r.Total));
        }
    }

    [Fact]
    public void RealRepliesKeptAsFixturesAreRead()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Server.Replay("/arxiv/api/query?id_list=hep-ex/0307015&max_results=1", 200, "application/atom+xml",
                System.IO.File.ReadAllText(Fixture.Path("metadata", "arxiv", "user_manual_all_electron.xml")));
            bed.Server.Replay("/crossref/works/10.1371%2Fjournal.pone.0033693", 200, "application/json",
                System.IO.File.ReadAllText(Fixture.Path("metadata", "crossref", "habanero_work_10.1371_journal.pone.0033693.json")));
            var input = new[]
            {
                new Paper { Title = "Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA", ArxivId = "hep-ex/0307015" },
                new Paper { Title = "Methylphenidate Exposure Induces Dopamine Neuron Loss", Doi = "10.1371/journal.pone.0033693" },
            };

            var (papers, _) = bed.Run(input);

            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal(new[] { "H1 Collaboration" }, papers[0].Authors);
            Assert.Equal("Eur.Phys.J. C31 (2003) 17-29", papers[0].JournalRef);
            Assert.Equal(new[] { "hep-ex" }, papers[0].Categories);
            Assert.Equal(new DateTime(2003, 7, 7), papers[0].Published);
            Assert.Equal("Shankar Sadasivan", papers[1].Authors[0]);
            Assert.Equal(2012, papers[1].Year);
            Assert.Equal("PLoS ONE", papers[1].Venue);
        }
    }

    [Fact]
    public void AnAddressAServiceGivesThatIsNotAWebAddressIsNeverFilledIn()
    {
        using (var bed = new MetadataTestBed())
        {
            var reply = System.IO.File.ReadAllText(Fixture.Path("metadata", "crossref", "habanero_work_10.1371_journal.pone.0033693.json"));
            // The work's own address (not the license's or the full text's, which Crossref also calls URL).
            const string workUrl = "\"URL\":\"https:\\/\\/doi.org\\/10.1371\\/journal.pone.0033693\",\"relation\"";
            Assert.Contains(workUrl, reply);
            bed.Server.Replay("/crossref/works/10.1371%2Fjournal.pone.0033693", 200, "application/json",
                reply.Replace(workUrl, "\"URL\":\"javascript:alert(document.cookie)\",\"relation\""));

            var (papers, _) = bed.Run(new[] { new Paper { Title = "Methylphenidate Exposure Induces Dopamine Neuron Loss", Doi = "10.1371/journal.pone.0033693" } });

            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("Shankar Sadasivan", papers[0].Authors[0]);
            Assert.Null(papers[0].Url);
            Assert.DoesNotContain("Url", papers[0].MetadataSource);
        }
    }

    [Fact]
    public void EndpointsComeFromTheEnvironment()
    {
        var saved = Environment.GetEnvironmentVariable(MetadataEndpoints.ArxivVariable);
        try
        {
            Environment.SetEnvironmentVariable(MetadataEndpoints.ArxivVariable, "http://127.0.0.1:9/mirror/api/query/");
            var endpoints = MetadataEndpoints.FromEnvironment();
            Assert.Equal("http://127.0.0.1:9/mirror/api/query", endpoints.Arxiv);
            Environment.SetEnvironmentVariable(MetadataEndpoints.ArxivVariable, null);
            Assert.Equal(MetadataEndpoints.DefaultArxiv, MetadataEndpoints.FromEnvironment().Arxiv);
        }
        finally { Environment.SetEnvironmentVariable(MetadataEndpoints.ArxivVariable, saved); }
    }
}
