using System.Text.RegularExpressions;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.HuggingFace;

/// <summary>
/// Hugging Face /api/daily_papers JSON: a list of items, each with a "paper" object. Items are parsed one
/// at a time from the stream, in the pass that finds each one's end, so a large file is never held whole and a file
/// cut short still gives every complete item before the cut.
/// </summary>
public sealed class HuggingFaceJsonReader : IDigestReader
{
    /// <summary>The properties of a top-level object under which the list may sit (the page's embedded JSON).</summary>
    internal static readonly string[] ListProperties = { "dailyPapers", "papers" };

    private static readonly Regex PaperObject = new Regex("\"paper\"\\s*:\\s*\\{",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public DigestFormat Format => DigestFormat.HuggingFaceJson;

    public bool Recognizes(string head)
    {
        var first = DigestHead.FirstSignificant(head);
        return (first == '[' || first == '{') && PaperObject.IsMatch(head);
    }

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        using (var items = JsonArrayStream.Open(source, ListProperties))
        {
            foreach (var (fields, item, line) in items.Items(HuggingFacePaperItem.ReadFields))
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var paper = HuggingFacePaperItem.ToPaper(fields, item, line, Format, source, context);
                if (paper != null) yield return paper;
            }
            JsonArrayStream.Report(
                context, source.Path, "items", items.StopReason, items.StopLine, items.TrailingLine);
        }
    }
}
