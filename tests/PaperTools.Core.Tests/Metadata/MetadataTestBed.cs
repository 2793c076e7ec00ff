using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata.Loopback;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// A loopback server with a catalog, a fresh cache folder, a manual clock and options pointing at the server:
/// everything a metadata test needs, and nothing that reaches past 127.0.0.1.
/// </summary>
public sealed class MetadataTestBed : IDisposable
{
    public MetadataTestBed()
    {
        Catalog = new ServiceCatalog();
        Server = new LoopbackServices(Catalog);
        CacheFolder = Path.Combine(Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N"), "cache");
        Options = new MetadataOptions
        {
            Endpoints = new MetadataEndpoints(Server.ArxivApi, Server.HuggingFaceApi, Server.CrossrefApi),
            CachePath = CacheFolder,
            Timeout = TimeSpan.FromSeconds(10),
            Version = "9.8.7",
        };
    }

    public ServiceCatalog Catalog { get; }
    public LoopbackServices Server { get; }
    public string CacheFolder { get; }
    public MetadataOptions Options { get; }
    public ManualClock Clock { get; } = new ManualClock();
    public RecordingReporter Reporter { get; private set; } = new RecordingReporter();

    /// <summary>One run over <paramref name="papers"/>, in windows as the cmdlet feeds them; a new reporter each run.</summary>
    public (List<Paper> Papers, MetadataUpdater Updater) Run(IEnumerable<Paper> papers)
    {
        Reporter = new RecordingReporter();
        var updater = new MetadataUpdater(Options, Reporter.ToReporter(), Clock);
        var output = new List<Paper>();
        var all = papers.ToList();
        for (var start = 0; start < all.Count; start += MetadataUpdater.WindowSize)
            output.AddRange(updater.Update(all.Skip(start).Take(MetadataUpdater.WindowSize).ToList(), default));
        updater.Dispose();
        return (output, updater);
    }

    public static KnownPaper Record(string arxivId, string title, params string[] authors)
        => new KnownPaper
        {
            ArxivId = arxivId,
            Version = 2,
            Title = title,
            Authors = authors,
            Published = new DateTime(2000 + int.Parse(arxivId.Substring(0, 2)), int.Parse(arxivId.Substring(2, 2)), 11),
            Categories = new[] { "cs.LG", "stat.ML" },
            Abstract = "The abstract of " + title + ".",
        };

    public void Dispose() => Server.Dispose();
}
