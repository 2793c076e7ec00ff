#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Library;
using PaperTools.Metadata;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Library;

/// <summary>
/// LibraryUpdate without the network (-Offline, an empty cache): day one makes the library, a second run leaves it
/// byte for byte, the library named among the digests is not read as one, and a library that is not BibTeX is refused
/// untouched. The scheduled runs with services up and down are in tests/Pester/Update-PaperLibrary.Tests.ps1.
/// </summary>
public class LibraryUpdateTests
{
    private readonly List<Problem> errors = new();
    private readonly List<Problem> warnings = new();

    private LibraryUpdateResult Run(string library, params string[] digests)
    {
        var options = new LibraryUpdateOptions
        {
            Digests = new DigestImportOptions { Year = 2025 },
            Metadata = new MetadataOptions
            {
                Offline = true,
                CachePath = Path.Combine(BibTeXTestFiles.NewFolder(), "cache"),
            },
        };
        var reporter = new LibraryUpdateReporter(errors.Add, warnings.Add, _ => { }, _ => { }, (_, _) => true);
        using var update = new LibraryUpdate(options, reporter);
        update.Begin(library);
        foreach (var digest in digests) update.ReadDigest(digest, default);
        return update.Run(default);
    }

    private static string Digest(string folder)
    {
        var path = Path.Combine(folder, "today.txt");
        File.Copy(Fixture.SharedDigest("001"), path);
        return path;
    }

    [Fact]
    public void DayOneCreatesTheLibraryAndTheSecondRunLeavesItByteForByte()
    {
        var folder = BibTeXTestFiles.NewFolder();
        var library = Path.Combine(folder, "library.bib");
        var digest = Digest(folder);

        var first = Run(library, digest);
        var bytes = File.ReadAllBytes(library);
        var second = Run(library, library, digest);

        Assert.Empty(errors);
        Assert.True(first.Created && first.Written && first.Succeeded);
        Assert.Equal((56, 56, 56), (first.PapersRead, first.Added, first.StillIncomplete));
        Assert.Equal(56, BibTeXTestFiles.Import(library).Count);
        Assert.False(second.Created || second.Written);
        Assert.Equal((1, 0, 56), (second.FilesRead, second.Added, second.AlreadyPresent));
        Assert.Equal(bytes, File.ReadAllBytes(library));
        Assert.Equal(first.AddedPapers.Select(p => p.CitationKey),
            BibTeXTestFiles.Import(library).Select(p => p.CitationKey));
    }

    [Fact]
    public void ALibraryWithCommentedOutEntriesIsWarnedOfOnceARun()
    {
        var folder = BibTeXTestFiles.NewFolder();
        var library = Path.Combine(folder, "library.bib");
        File.Copy(Fixture.Path("bibtex", "real", "biber-names.bib"), library);

        var result = Run(library, Digest(folder));

        Assert.Empty(errors);
        Assert.True(result.Written);
        // Read once, for what it holds and as the append's target: one warning.
        var warning = Assert.Single(warnings, w => w.ErrorId == ErrorIds.BibTeXCommentedEntry);
        Assert.Equal(118, warning.Line);
    }

    [Theory]
    [InlineData("library.ris", null)]
    [InlineData("library.bib", "Title,Authors\nOne,Someone\n")]
    public void ALibraryThatIsNotBibTeXIsRefusedAndLeftAsItWas(string name, string? content)
    {
        var folder = BibTeXTestFiles.NewFolder();
        var library = Path.Combine(folder, name);
        if (content != null) File.WriteAllText(library, content);

        var result = Run(library, Digest(folder));

        var error = Assert.Single(errors);
        Assert.Equal(ErrorIds.LibraryNotBibTeX, error.ErrorId);
        Assert.False(result.Succeeded || result.Written);
        Assert.Equal(1, result.Errors[ErrorIds.LibraryNotBibTeX]);
        if (content == null) Assert.False(File.Exists(library));
        else Assert.Equal(content, File.ReadAllText(library));
    }
}
