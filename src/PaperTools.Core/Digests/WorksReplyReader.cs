using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;

namespace PaperTools.Digests;

/// <summary>
/// A metadata service's JSON reply of works (OpenAlex, Semantic Scholar): one work, or a list of them under the
/// service's list property, known by a marker only that service's replies carry, and streamed item by item. An item
/// that is not a JSON object, or names neither a title nor a DOI or arXiv id, is reported and skipped.
/// </summary>
public abstract class WorksReplyReader : IDigestReader
{
    private readonly Regex marker;
    private readonly string listProperty;
    private readonly string itemNoun;
    private readonly string itemsNoun;
    private readonly string unidentified;

    /// <param name="itemNoun">One item as messages name it ("work"); <paramref name="itemsNoun"/>, several.</param>
    /// <param name="unidentified">The message for an item with neither a title nor an identifier.</param>
    protected WorksReplyReader(Regex marker, string listProperty, string itemNoun, string itemsNoun,
        string unidentified)
    {
        (this.marker, this.listProperty) = (marker, listProperty);
        (this.itemNoun, this.itemsNoun, this.unidentified) = (itemNoun, itemsNoun, unidentified);
    }

    public abstract DigestFormat Format { get; }

    public bool Recognizes(string head)
    {
        var first = DigestHead.FirstSignificant(head);
        return (first == '{' || first == '[') && marker.IsMatch(head);
    }

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        => new JsonRecords(source, listProperty).Papers(context,
            (item, line) => ItemToPaper(item, line, source, context), itemsNoun);

    /// <summary>The paper of one item, a JSON object; null, with the problem reported, when it gives none.</summary>
    protected abstract Paper? ToPaper(JsonElement item, int line, DigestSource source, DigestReadContext context);

    /// <summary>Why an item that is not a JSON object is skipped.</summary>
    protected virtual string NotAnObject(JsonValueKind kind)
        => $"Item is a JSON {kind}, not a {itemNoun} object; skipped.";

    /// <summary>False, the item reported as skipped, when it names neither a title nor a DOI or arXiv id.</summary>
    protected bool IsIdentified(string? title, string? doi, string? arxivId, int line, DigestSource source,
        DigestReadContext context)
    {
        if (title != null || doi != null || arxivId != null) return true;
        context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, unidentified, source.Path, line);
        return false;
    }

    private Paper? ItemToPaper(JsonElement item, int line, DigestSource source, DigestReadContext context)
    {
        if (item.ValueKind == JsonValueKind.Object) return ToPaper(item, line, source, context);
        context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, NotAnObject(item.ValueKind),
            source.Path, line);
        return null;
    }
}
