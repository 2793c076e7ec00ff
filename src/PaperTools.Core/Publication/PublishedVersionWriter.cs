using System.Globalization;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Search;
using PaperTools.Validation;

namespace PaperTools.Publication;

/// <summary>
/// Gives a preprint its published version, the one place that knows how: a copy of the paper with the published
/// work's type, container, numbering, publisher, DOI and year, and the list of what changed; an entry read from a .bib
/// is edited field by field. What is written: docs/design.md.
/// </summary>
public static class PublishedVersionWriter
{
    private static readonly string[] VenueFields = { "journal", "journaltitle", "booktitle", "howpublished" };
    private static readonly Regex PageRange = new Regex(
        @"^(?<from>[\p{L}\p{N}]+)\s*[-\u2013\u2014]+\s*(?<to>[\p{L}\p{N}]+)$",
        Patterns.Safe);
    private static readonly LatexEscaper Escaper = new LatexEscaper(BibTeXEscaping.Unicode);

    /// <summary>
    /// The paper as its published version, and what changed; <paramref name="work"/> has passed
    /// <see cref="ReplyValues"/>.
    /// </summary>
    public static (Paper Updated, IReadOnlyList<FieldChange> Changes) Apply(Paper paper, PublishedWork work)
    {
        var copy = PaperCopy.Of(paper);
        var changes = new List<FieldChange>();
        var type = work.EntryType ?? throw new ArgumentException("The work is no published version.", nameof(work));
        if (!string.Equals(copy.EntryType, type, StringComparison.OrdinalIgnoreCase))
        {
            changes.Add(new FieldChange("type", copy.EntryType, type));
            copy.EntryType = type;
        }
        var doi = DoiGrammar.ToSafe(work.Doi)!;
        var pages = work.Pages == null ? null : PageRange.Replace(work.Pages, "${from}--${to}");
        if (paper.Entry != null) EditEntry(copy, work, type, doi, pages, changes);
        else EditPaper(copy, work, type, doi, pages, changes);
        return (copy, changes);
    }

    private static void EditEntry(Paper copy, PublishedWork work, string type, string doi, string? pages,
        List<FieldChange> changes)
    {
        var fields = copy.Fields;
        var arxivId = PreprintIdentity.ArxivId(copy);
        var container = type == "article" ? (fields.Contains("journaltitle") ? "journaltitle" : "journal")
            : "booktitle";
        // Venue fields that name the preprint server, or the other kind of container, give way to the published one.
        var place = -1;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            var name = fields[i].Name.ToLowerInvariant();
            if (!VenueFields.Contains(name) || name == container) continue;
            if (name == "howpublished" && !PreprintIdentity.IsPreprintVenue(fields[i].Value)) continue;
            changes.Add(new FieldChange(name, fields[i].Value, null));
            fields.RemoveAt(i);
            place = i;
        }
        Set(fields, container, Braced(Escaper.Escape(work.Container)), changes, place);
        Set(fields, "volume", Braced(work.Volume), changes);
        Set(fields, "number", Braced(work.Issue), changes);
        Set(fields, "pages", Braced(pages), changes);
        if (type != "article") Set(fields, "publisher", Braced(Escaper.Escape(work.Publisher)), changes);
        if (arxivId != null && !fields.Contains("eprint"))
        {
            // The arXiv DOI was the only pointer to the preprint: eprint keeps it findable once doi names the
            // publisher.
            Set(fields, "eprint", Braced(arxivId), changes);
            Set(fields, fields.Contains("eprinttype") ? "eprinttype" : "archiveprefix", "{arXiv}", changes);
        }
        Set(fields, "doi", Braced(doi), changes);
        Set(fields, fields.Contains("date") ? "date" : "year",
            Braced(work.Work.Year?.ToString(CultureInfo.InvariantCulture)), changes);
    }

    private static void EditPaper(Paper copy, PublishedWork work, string type, string doi, string? pages,
        List<FieldChange> changes)
    {
        var container = type == "article" ? "journal" : "booktitle";
        if (copy.Venue != work.Container) changes.Add(new FieldChange(container, copy.Venue, work.Container));
        copy.Venue = work.Container;
        if (!string.Equals(copy.Doi, doi, StringComparison.OrdinalIgnoreCase)) changes.Add(new FieldChange("doi",
            copy.Doi, doi));
        copy.Doi = doi;
        if (copy.Year != work.Work.Year)
            changes.Add(new FieldChange("year", copy.Year?.ToString(CultureInfo.InvariantCulture),
                work.Work.Year?.ToString(CultureInfo.InvariantCulture)));
        copy.Year = work.Work.Year;
        Set(copy.Fields, "volume", Braced(work.Volume), changes);
        Set(copy.Fields, "number", Braced(work.Issue), changes);
        Set(copy.Fields, "pages", Braced(pages), changes);
        if (type != "article") Set(copy.Fields, "publisher", Braced(Escaper.Escape(work.Publisher)), changes);
    }

    /// <summary>
    /// Sets a field when the value says something new; <paramref name="place"/> is where a new field goes (-1: the
    /// end).
    /// </summary>
    private static void Set(BibTeXFieldCollection fields, string name, string? value, List<FieldChange> changes,
        int place = -1)
    {
        if (value == null) return;
        var index = fields.IndexOf(name);
        var before = index < 0 ? null : fields[index].Value;
        if (before != null && Bare(before) == Bare(value)) return;
        changes.Add(new FieldChange(name, before, value));
        if (index >= 0) fields[index] = new BibTeXField(fields[index].Name, value);
        else if (place >= 0 && place <= fields.Count) fields.Insert(place, new BibTeXField(name, value));
        else fields.Add(name, value);
    }

    private static string? Braced(string? text) => string.IsNullOrWhiteSpace(text) ? null : "{" + text + "}";

    /// <summary>
    /// A field value without its outer braces or quotes, for telling whether a new value says something new.
    /// </summary>
    internal static string Bare(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && ((v[0] == '{' && v[^1] == '}') || (v[0] == '"' && v[^1] == '"')) ? v[1..^1].Trim() : v;
    }
}
