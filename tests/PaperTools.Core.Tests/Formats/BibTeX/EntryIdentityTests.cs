using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// An export's target is read as each entry's identity (BibTeXLibrary.ReadIdentities): on every real .bib of the
/// fixtures, the same entries with the same key, type and same-work properties as Import-PaperBibTeX reads, the same
/// problems, and nothing an import alone hands out.
/// </summary>
public class EntryIdentityTests
{
    public static IEnumerable<object[]> RealFiles()
        => Directory.GetFiles(Fixture.Path("bibtex", "real"), "*.bib").OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void ReadsWhatTheSameWorkRuleComparesAsAnImportDoes(string name)
    {
        var path = Fixture.Path("bibtex", "real", name);
        var importProblems = new List<Problem>();
        var identityProblems = new List<Problem>();
        var imported = BibTeXLibrary.Read(path, importProblems.Add).Papers;
        var identities = BibTeXLibrary.ReadIdentities(path, identityProblems.Add).Papers;

        Assert.Equal(importProblems.Select(p => p.ToString()), identityProblems.Select(p => p.ToString()));
        Assert.Equal(imported.Count, identities.Count);
        Assert.NotEmpty(identities);
        for (var i = 0; i < imported.Count; i++)
        {
            var (full, identity) = (imported[i], identities[i]);
            Assert.Equal((full.CitationKey, full.EntryType, full.Title, full.Year, full.ArxivId, full.Doi, full.Url),
                (identity.CitationKey, identity.EntryType, identity.Title, identity.Year, identity.ArxivId,
                    identity.Doi, identity.Url));
            Assert.Equal(full.Authors, identity.Authors);
            Assert.Equal(full.Fields.Select(f => f.Value), identity.Fields.Select(f => f.Value));
            Assert.Equal(full.Entry.Text, identity.Entry.Text);
            Assert.Equal(full.Entry.Line, identity.SourceLine);
            Assert.Null(identity.Entry.ReadAs);
            Assert.Null(identity.Venue);
            Assert.Empty(identity.Keywords);
        }
    }

    [Fact]
    public void TheLibraryAsReadIsTakenWhileTheFileHoldsItsBytesAndReadAgainOnceChanged()
    {
        var path = Fixture.TempFile("library.bib", File.ReadAllBytes(Fixture.Path("bibtex", "real", "biber-names.bib")));
        var readProblems = new List<Problem>();
        var asRead = BibTeXLibrary.Read(path, readProblems.Add);
        var problems = new List<Problem>();

        Assert.Same(asRead, BibTeXLibrary.ReadIdentities(path, problems.Add, asRead));
        Assert.Empty(problems);
        Assert.NotEmpty(readProblems);

        File.AppendAllText(path, "\n@misc{added, title = {Added later}}\n");
        var changed = BibTeXLibrary.ReadIdentities(path, problems.Add, asRead);

        Assert.NotSame(asRead, changed);
        Assert.Equal(asRead.Papers.Count + 1, changed.Papers.Count);
        Assert.Equal("added", changed.Papers[^1].CitationKey);
        Assert.Equal(readProblems.Select(p => p.ErrorId), problems.Select(p => p.ErrorId));
    }
}
