using System.Collections.Generic;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;

namespace PaperTools.Tests.Robustness;

/// <summary>Reads text held in memory as a digest, collecting every problem.</summary>
internal static class DigestRun
{
    public static (List<Paper> Papers, List<Problem> Problems) Read(string text, DigestFormat format = DigestFormat.Auto, string path = "hostile")
    {
        var problems = new List<Problem>();
        var papers = new DigestImporter().Import(DigestSource.FromText(path, text), new DigestReadContext(new DigestImportOptions { Format = format }, problems.Add)).ToList();
        return (papers, problems);
    }
}
