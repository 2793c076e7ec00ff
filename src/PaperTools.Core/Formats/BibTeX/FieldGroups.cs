using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// How a paper's typed properties map onto entry fields, and which of them the user changed. A property is
/// changed when it differs from what Import-PaperBibTeX read it as (remembered with the entry); a paper with no
/// entry (from a digest) has every property it states to write.
/// </summary>
internal static class FieldGroups
{
    private static readonly Dictionary<string, FieldGroup> ByName =
        new Dictionary<string, FieldGroup>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = FieldGroup.Title,
        ["abstract"] = FieldGroup.Abstract,
        ["author"] = FieldGroup.Authors,
        ["year"] = FieldGroup.Date, ["month"] = FieldGroup.Date, ["date"] = FieldGroup.Date,
        ["journal"] = FieldGroup.Venue, ["journaltitle"] = FieldGroup.Venue, ["booktitle"] = FieldGroup.Venue,
            ["howpublished"] = FieldGroup.Venue,
        ["eprint"] = FieldGroup.Arxiv, ["archiveprefix"] = FieldGroup.Arxiv, ["eprinttype"] = FieldGroup.Arxiv,
        ["primaryclass"] = FieldGroup.Arxiv, ["eprintclass"] = FieldGroup.Arxiv,
        ["doi"] = FieldGroup.Doi,
        ["url"] = FieldGroup.Url,
        ["keywords"] = FieldGroup.Keywords,
        ["key"] = FieldGroup.SortKey,
    };

    private static readonly IReadOnlySet<FieldGroup> AllGroups = new HashSet<FieldGroup>(Enum.GetValues<FieldGroup>());

    /// <summary>The group a field of an entry belongs to; a doi field holding arXiv's DOI belongs to Arxiv.</summary>
    public static FieldGroup Of(BibTeXField field)
    {
        if (!ByName.TryGetValue(field.Name, out var group)) return FieldGroup.None;
        if (group == FieldGroup.Doi)
        {
            var doi = BibTeXPaperReader.Doi(field.Value.Trim('"'));
            if (doi != null && BibTeXEntryBuilder.IsArxivDoi(doi)) return FieldGroup.Arxiv;
        }
        return group;
    }

    /// <summary>
    /// The groups whose typed property differs from what <paramref name="readAs"/> (the paper as read) states;
    /// every group when there is nothing it was read as (a paper from a digest: all it states is new).
    /// </summary>
    public static IReadOnlySet<FieldGroup> Changed(Paper paper, Paper? readAs, bool includeAbstract)
    {
        if (readAs == null) return AllGroups;
        var changed = new HashSet<FieldGroup>();
        var was = readAs;
        if (!SameText(paper.Title, was.Title)) changed.Add(FieldGroup.Title);
        if (!includeAbstract || !paper.SharesDeferredAbstract(was) && !SameText(paper.Abstract, was.Abstract))
            changed.Add(FieldGroup.Abstract);
        if (!SameList(paper.Authors, was.Authors)) changed.Add(FieldGroup.Authors);
        if (paper.Year != was.Year || paper.Published != was.Published) changed.Add(FieldGroup.Date);
        if (!SameText(paper.Venue, was.Venue) || !SameText(paper.JournalRef, was.JournalRef)) changed.Add(
            FieldGroup.Venue);
        if (!SameText(paper.ArxivId, was.ArxivId) || paper.ArxivVersion != was.ArxivVersion
            || !SameList(paper.Categories, was.Categories)) changed.Add(FieldGroup.Arxiv);
        if (!SameText(paper.Doi, was.Doi)) changed.Add(FieldGroup.Doi);
        if (!SameText(paper.Url, was.Url)) changed.Add(FieldGroup.Url);
        if (!SameList(paper.Keywords, was.Keywords)) changed.Add(FieldGroup.Keywords);
        return changed;
    }

    /// <summary>
    /// Copies onto <paramref name="into"/> the properties of each group <see cref="Changed"/> finds changed on
    /// <paramref name="paper"/> since it was read (the same properties it compares).
    /// </summary>
    public static void CopyChanged(Paper paper, Paper into)
    {
        foreach (var group in Changed(paper, paper.Entry?.ReadAs, includeAbstract: true))
            switch (group)
            {
                case FieldGroup.Title: into.Title = paper.Title; break;
                case FieldGroup.Abstract: into.Abstract = paper.Abstract; break;
                case FieldGroup.Authors: into.Authors = paper.Authors; break;
                case FieldGroup.Date:
                    into.Year = paper.Year;
                    into.Published = paper.Published;
                    break;
                case FieldGroup.Venue:
                    into.Venue = paper.Venue;
                    into.JournalRef = paper.JournalRef;
                    break;
                case FieldGroup.Arxiv:
                    into.ArxivId = paper.ArxivId;
                    into.ArxivVersion = paper.ArxivVersion;
                    into.Categories = paper.Categories;
                    break;
                case FieldGroup.Doi: into.Doi = paper.Doi; break;
                case FieldGroup.Url: into.Url = paper.Url; break;
                case FieldGroup.Keywords: into.Keywords = paper.Keywords; break;
            }
    }

    private static bool SameText(string? a, string? b) => string.Equals(string.IsNullOrEmpty(a) ? null : a,
        string.IsNullOrEmpty(b) ? null : b, StringComparison.Ordinal);

    private static bool SameList(string[] a, string[] b)
        => (a ?? Array.Empty<string>()).Where(x => !string.IsNullOrWhiteSpace(x)).SequenceEqual((b
            ?? Array.Empty<string>()).Where(x => !string.IsNullOrWhiteSpace(x)), StringComparer.Ordinal);
}
