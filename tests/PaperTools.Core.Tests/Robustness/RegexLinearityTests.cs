using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>
/// Case 3's rule for every regular expression Core keeps, in a static field or a [GeneratedRegex] method: it runs
/// NonBacktracking (linear in the input), or it is named here with the reason its backtracking is linear anyway. A new backtracking regex fails this test until
/// someone has looked at it.
/// </summary>
public class RegexLinearityTests
{
    private static readonly string[] ReviewedBacktracking =
    {
        // Lookarounds, which NonBacktracking lacks; each is one character wide around a bounded or anchored body.
        "PaperTools.ArxivIdentifier.Pattern",                          // (?<![\w.]) stops starts inside a word; archive name at most 16 letters
        "PaperTools.PublicationYear.AnyYear",                          // four digits between one-digit lookarounds
        "PaperTools.Digests.PlainText.PlainTextDigestReader.TrailingFootnoteMark", // one-character lookbehind, anchored at the end
        "PaperTools.Digests.PlainText.PageChrome.GluedSubscribe",      // anchored at the start, fixed prefix
        "PaperTools.Digests.PlainText.NonPaperClassifier.AppendixHeading", // anchored at the start: one starting position
        // Source-generated (NonPaperClassifier runs them only where a cheaper scan says they could match):
        "PaperTools.Digests.PlainText.NonPaperClassifier.PdfName",         // anchored at the start: one starting position, \S+ then a fixed suffix
        "PaperTools.Digests.PlainText.NonPaperClassifier.GluedLineNumber", // starts only at a word's first letter; an attempt backtracks within that word
        "PaperTools.Digests.PlainText.NonPaperClassifier.NewsCue",         // literal alternatives between \b: bounded work at each position
        "PaperTools.Digests.PlainText.NonPaperClassifier.ResearchCue",     // literal alternatives between \b: bounded work at each position
        "PaperTools.Digests.PubMed.PubMedReader.FirstYear",            // four digits between one-digit lookarounds
        "PaperTools.Formats.CslJson.CslJsonReader.RawYear",            // four digits between one-digit lookarounds
        "PaperTools.Digests.HuggingFace.HuggingFacePaperPage.PaperAddress", // fixed prefix, bounded id, one-character lookahead
        "PaperTools.Formats.BibTeX.LatexEscaper.LigatureBreak",
        "PaperTools.Formats.BibTeX.BibTeXEntryBuilder.StandaloneAnd",         // "and" between one-character lookarounds, on one escaped name                // three characters with a one-character lookahead, on the escaper's own output
        "PaperTools.Search.QueryFields.ArxivVersion",                  // a search query the user typed, not digest text
        "PaperTools.Formats.BibTeX.CitationKeyFormat.Token",                   // the -KeyFormat pattern the user typed, not digest text
    };

    [Fact]
    public void EveryRegexIsNonBacktrackingOrReviewed()
    {
        const BindingFlags statics = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly;
        var types = typeof(PaperTools.Digests.DigestImporter).Assembly.GetTypes();
        // Regexes built on first use: their static properties build them (the fields behind them are then skipped).
        var built = types.SelectMany(t => t.GetProperties(statics))
            .Where(p => p.PropertyType == typeof(Regex))
            .Select(p => (Name: p.DeclaringType.FullName.Replace('+', '.') + "." + p.Name,
                Regex: (Regex)p.GetValue(null)))
            .ToList();
        var fields = types.SelectMany(t => t.GetFields(statics))
            .Where(f => f.FieldType == typeof(Regex) && f.IsInitOnly)
            .Select(f => (Name: f.DeclaringType.FullName.Replace('+', '.') + "." + f.Name, Regex: (Regex)f.GetValue(null)))
            .Concat(built);
        // [GeneratedRegex] methods: the generator keeps their instances in types of its own, so they are found by the attribute.
        var generated = types.SelectMany(t => t.GetMethods(statics))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() != null)
            .Select(m => (Name: m.DeclaringType.FullName.Replace('+', '.') + "." + m.Name, Regex: (Regex)m.Invoke(null, null)));
        var regexes = fields.Concat(generated).ToList();

        var unreviewed = regexes.Where(r => (r.Regex.Options & RegexOptions.NonBacktracking) == 0 && !ReviewedBacktracking.Contains(r.Name)).Select(r => r.Name + " = " + r.Regex).ToList();
        Assert.True(unreviewed.Count == 0, "Backtracking regexes nobody has reviewed:\n" + string.Join("\n", unreviewed));
        // The list names only regexes that exist and still backtrack, so it cannot rot.
        Assert.All(ReviewedBacktracking, name => Assert.Contains(regexes, r => r.Name == name && (r.Regex.Options & RegexOptions.NonBacktracking) == 0));
    }
}
