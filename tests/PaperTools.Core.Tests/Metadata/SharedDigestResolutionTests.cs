using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Metadata;
using PaperTools.Tests.BibTeX;
using Xunit;
using Xunit.Abstractions;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// The issue's "Done when": the five shared digests through Update-PaperMetadata's Core against loopback services that
/// know their papers (SharedDigestCatalog: records built from the digests, near misses put first). At least 99% of the
/// papers the services know get the right arXiv id and authors, none gets a wrong one, a warm-cache rerun sends
/// nothing, and the BibTeX written afterwards has author and year for every resolved paper and passes bibtool, biber
/// and bibtex. The figures are printed (dotnet test --logger "console;verbosity=detailed").
/// </summary>
public class SharedDigestResolutionTests
{
    private readonly ITestOutputHelper output;

    public SharedDigestResolutionTests(ITestOutputHelper output) => this.output = output;

    private static List<Paper> SharedDigests()
        => Enumerable.Range(0, 5).SelectMany(i => Fixture.Import(Fixture.SharedDigest(i.ToString("000"))).Papers).Where(p => p.IsPaper).ToList();

    [Fact]
    public void TheFiveSharedDigestsResolveRightlyAndTheWarmRerunSendsNothing()
    {
        var digests = SharedDigests();
        var known = new SharedDigestCatalog(digests);
        using (var bed = new MetadataTestBed())
        {
            foreach (var record in known.Catalog.Records) bed.Catalog.Add(record);
            // The bed's catalog lacks the daily lists and near misses; use the shared one behind its own server.
            using (var server = new Loopback.LoopbackServices(known.Catalog))
            {
                bed.Options.Endpoints = new MetadataEndpoints(server.ArxivApi, server.HuggingFaceApi, server.CrossrefApi);
                var started = bed.Clock.Now;
                var (papers, cold) = bed.Run(digests);
                var coldTime = bed.Clock.Now - started;

                Assert.Empty(bed.Reporter.Problems);
                Assert.Equal(digests.Count, papers.Count);
                var knownPapers = digests.Select((p, i) => (Digest: p, Result: papers[i], Expected: known.Expected(p))).Where(x => x.Expected != null).ToList();
                var right = knownPapers.Count(x => x.Result.ArxivId == x.Expected.ArxivId && x.Result.Authors.SequenceEqual(x.Expected.Authors));
                var wrong = digests.Select((p, i) => (Result: papers[i], Expected: known.Expected(p)))
                    .Where(x => x.Result.ArxivId != null && (x.Expected == null || x.Result.ArxivId != x.Expected.ArxivId)).ToList();
                var missed = knownPapers.Where(x => x.Result.ArxivId != x.Expected.ArxivId).ToList();

                output.WriteLine($"{digests.Count} papers; the services know {knownPapers.Count} ({known.Unknown} distinct works unknown); right arXiv id and authors: {right} ({100.0 * right / knownPapers.Count:0.0}%); wrong: {wrong.Count}");
                foreach (var x in missed) output.WriteLine($"  missed: {x.Digest.Title} (expected {x.Expected.ArxivId} '{x.Expected.Title}')");
                foreach (var (service, name) in new[] { (MetadataService.HuggingFace, "hf"), (MetadataService.Arxiv, "arxiv"), (MetadataService.Crossref, "crossref") })
                    output.WriteLine($"  {MetadataFetcher.ServiceName(service)}: {cold.Log.Sent(service)} requests ({string.Join(", ", server.Requests.Where(r => r.Service == name).GroupBy(r => r.Path.StartsWith("/hf/api/papers/") && r.Path != "/hf/api/papers/search" ? "/hf/api/papers/{id}" : r.Path + (r.Query.Contains("id_list=") ? "?id_list" : r.Query.Contains("search_query=") ? "?search_query" : string.Empty)).Select(g => $"{g.Key} {g.Count()}"))})");
                output.WriteLine($"  unresolved: {cold.Unresolved.Count}; cold run on the manual clock (spacing and waits only, no network time): {coldTime.TotalSeconds:0.0} s");

                Assert.True(right >= 0.99 * knownPapers.Count, $"{right} of {knownPapers.Count} known papers resolved rightly");
                Assert.Empty(wrong);

                var before = server.Requests.Count;
                var (again, warm) = bed.Run(digests);
                Assert.Equal(0, warm.Log.Count(RequestOutcome.Sent));
                Assert.Equal(before, server.Requests.Count);
                Assert.Equal(papers.Select(p => p.MetadataSource), again.Select(p => p.MetadataSource));
                output.WriteLine($"  warm rerun: {warm.Log.Count(RequestOutcome.Sent)} requests, {warm.Log.Count(RequestOutcome.FromCache)} answers from the cache");

                JudgeTheBibTeX(papers.Where(p => p.ArxivId != null).ToList());
            }
        }
    }

    /// <summary>Every resolved paper's entry has author and year; bibtool, biber and bibtex accept the file without a word.</summary>
    private void JudgeTheBibTeX(List<Paper> resolved)
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        var problems = new List<PaperTools.Diagnostics.Problem>();
        var plan = BibTeXTestFiles.Export(path, resolved, new BibTeXExportOptions(), problems: problems);
        Assert.All(problems, p => Assert.Equal(PaperTools.Diagnostics.ErrorIds.BibTeXUnmappableCharacter, p.ErrorId));
        var text = File.ReadAllText(path);
        var entries = Regex.Split(text, @"(?m)^@").Where(e => e.Trim().Length > 0).ToList();
        Assert.Equal(plan.Written.Count, entries.Count);
        Assert.All(entries, e => Assert.Matches(@"(?m)^\s*author\s*=", e));
        Assert.All(entries, e => Assert.Matches(@"(?m)^\s*year\s*=", e));
        output.WriteLine($"  BibTeX: {entries.Count} entries (duplicates across digests written once), each with author and year");

        var (exit, _, errors) = ExternalTool.Run("bibtool", "bibtool", dir, "-d", "-o", Path.Combine(dir, "bibtool-out.bib"), path);
        Assert.True(exit == 0 && errors.Trim().Length == 0, "bibtool said:\n" + errors);

        var (biberExit, biberOutput, biberErrors) = ExternalTool.Run("biber", "biber", dir, "--tool", "--validate-datamodel", "--output-file=" + Path.Combine(dir, "biber-out.bib"), path);
        Assert.True(biberExit == 0, biberOutput + biberErrors);
        var complaints = biberOutput.Split('\n').Where(l => l.StartsWith("WARN") || l.StartsWith("ERROR")).ToList();
        Assert.True(complaints.Count == 0, "biber said:\n" + string.Join("\n", complaints));

        var keys = plan.Written.Select(w => w.Value.Key).ToList();
        File.WriteAllText(Path.Combine(dir, "paper.aux"), string.Concat(keys.Select(k => "\\citation{" + k + "}\n")) + "\\bibstyle{plain}\n\\bibdata{library}\n");
        var (bibtexExit, bibtexOutput, _) = ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
        var log = File.ReadAllText(Path.Combine(dir, "paper.blg"));
        Assert.True(bibtexExit == 0, bibtexOutput + log);
        Assert.DoesNotContain("Warning--", log);
        Assert.DoesNotContain("error message", log);
        Assert.Equal(keys.Count, Regex.Matches(File.ReadAllText(Path.Combine(dir, "paper.bbl")), @"\\bibitem\{").Count);
        output.WriteLine("  bibtool, biber --validate-datamodel and bibtex (plain.bst) accept it without a warning");
    }
}
