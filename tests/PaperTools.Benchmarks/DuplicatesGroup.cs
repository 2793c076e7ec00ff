using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Digests;
using PaperTools.Identity;

namespace PaperTools.Benchmarks;

/// <summary>
/// Grouping duplicates (DuplicateFinder, what Get-PaperDuplicate and Merge-PaperDuplicate run) against merely
/// importing the same papers: a text digest in which every tenth paper repeats an earlier one. The target is the
/// issue's: grouping takes under ten times the import.
/// </summary>
internal static class DuplicatesGroup
{
    public static void Run(DigestInputs inputs, BenchmarkOptions options, ResultTable table)
    {
        var path = inputs.TextWithRepeats(options.DuplicatePapers);
        var papers = Import(path);
        var repeats = options.DuplicatePapers / 10;
        if (papers.Count != options.DuplicatePapers) throw new InvalidDataException($"Core read {papers.Count:N0} papers, not {options.DuplicatePapers:N0}.");
        var (grouping, import) = Measurement.Compare(() => DuplicateFinder.Find(papers).Count, () => Import(path).Count);
        if ((int)grouping.Result != repeats) throw new InvalidDataException($"{grouping.Result:N0} groups, not the {repeats:N0} the digest repeats: the scenario would not measure what it says.");
        table.Add(new ResultRow
        {
            Scenario = "grouping duplicates (DuplicateFinder) of an imported digest",
            Size = $"{options.DuplicatePapers:N0} papers, 10% repeats, {CoreImportGroup.Megabytes(path)}",
            Ours = grouping,
            PeerLabel = "importing them (DigestImporter)",
            Peer = import,
            Target = 0.1,
        });
    }

    private static List<Paper> Import(string path)
    {
        var context = DigestInputs.StrictContext();
        return new DigestImporter().Import(path, context).Where(p => p.IsPaper).ToList();
    }
}
