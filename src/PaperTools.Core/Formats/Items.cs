using PaperTools.Formats.BibTeX;

namespace PaperTools.Formats;

/// <summary>
/// The item every format's writer maps a paper from, and the parts of it the Paper's own properties overrule.
/// </summary>
public static class Items
{
    /// <summary>
    /// The paper's item; for a paper read from a .bib, what its fields state through <see cref="BibTeXMapping"/>
    /// (worked out when written, so that the entries of a library do not carry a second copy); null when neither.
    /// </summary>
    public static BibItem? Of(Paper paper) => paper.Item ?? (paper.HasFields ? BibTeXMapping.Read(paper) : null);

    /// <summary>
    /// Whether a record names a work a RIS or CSL-JSON reader can take: by its title, DOI, arXiv id or container
    /// (Zotero imports a record with only a T2). The readers skip, and the exporters name, a record without any.
    /// </summary>
    public static bool Citable(Paper paper)
        => paper.Title != null || paper.Doi != null || paper.ArxivId != null || paper.Venue != null;

    /// <summary>
    /// Whether a RIS or CSL-JSON record states nothing to keep: no title, identifier, container, creator, date,
    /// abstract, note, keyword, link or other field. Zotero imports a record without title, so the readers keep
    /// every other one.
    /// </summary>
    public static bool StatesNothing(Paper paper, BibItem item)
        => !Citable(paper) && paper.Authors.Length == 0 && paper.Year == null && paper.Abstract == null
           && paper.Comments == null && paper.Keywords.Length == 0 && paper.Url == null && item.Creators.Count == 0
           && item.Variables.Count == 0 && item.Unknown.Count == 0;

    /// <summary>
    /// Whether the paper's text was read from TeX (a .bib, arXiv's listings) and may hold inline math, which the RIS
    /// and CSL-JSON writers write as text (<see cref="MathText"/>). A RIS or CSL-JSON record's text is its own: a
    /// dollar in it is a dollar.
    /// </summary>
    public static bool HoldsTex(Paper paper) => paper.SourceFormat is not (DigestFormat.Ris or DigestFormat.CslJson);

    /// <summary>
    /// The title to write: the paper's, with the subtitle its item states (BibLaTeX's) joined as Zotero's BibTeX
    /// import and citation-js join them: ": " between, or a space when the title ends in punctuation already.
    /// </summary>
    public static string? Title(Paper paper, BibItem? item)
    {
        if (paper.Title == null || item?["subtitle"] is not string subtitle) return paper.Title;
        var title = paper.Title.TrimEnd();
        subtitle = subtitle.Trim();
        if (title.Length == 0 || subtitle.Length == 0) return paper.Title;
        var punctuated = "-\u2013\u2014:!?.;".IndexOf(title[^1]) >= 0
                         || "-\u2013\u2014:.;\u00A1\u00BF".IndexOf(subtitle[0]) >= 0;
        return title + (punctuated ? " " : ": ") + subtitle;
    }

    /// <summary>
    /// Whether a RIS or CSL-JSON record gave <paramref name="name"/> whole, without a comma: a CSL literal, or a RIS
    /// name Zotero's RIS import keeps in one field (an institution); every writer keeps it whole.
    /// </summary>
    public static bool StatedWhole(Paper paper, string name)
        => paper.SourceFormat is DigestFormat.Ris or DigestFormat.CslJson && !name.Contains(',');

    /// <summary>The parts of a name of the paper: whole where its record stated it so, else taken apart.</summary>
    public static PersonName? Name(Paper paper, string name)
        => StatedWhole(paper, name) && Whitespace.Collapse(name) is string whole ? PersonName.Whole(whole)
            : PersonName.Parse(name);

    /// <summary>
    /// The container to write: the paper's venue, but none for a conference paper whose venue is only its conference's
    /// name (a RIS T2 with no C3 naming the proceedings): every format writes that as the event title alone.
    /// </summary>
    public static string? Container(Paper paper, BibItem? item, string? type)
        => type == "paper-conference" && paper.Venue == item?["event-title"] ? null : paper.Venue;

    /// <summary>
    /// The CSL type to write: the item's, else what the paper's own properties say (a journal article, a conference
    /// paper, a preprint); null for a work of unknown kind, which each format writes as its default type.
    /// </summary>
    public static string? CslType(Paper paper, BibItem? item)
        => item?.Type ?? PaperKinds.Of(paper) switch
        {
            PaperKind.JournalArticle => "article-journal",
            PaperKind.ConferencePaper => "paper-conference",
            PaperKind.Preprint => "article",
            _ => null,
        };

    /// <summary>
    /// The issued date with its precision: the item's when it agrees with the paper's Year and Published (a month
    /// read from a .bib is Published on its first day), else the year and the day the paper states. The paper's
    /// properties win, so a date the user changed is written as changed.
    /// </summary>
    public static PartialDate? Issued(Paper paper, BibItem? item)
    {
        var year = PaperKinds.Year(paper);
        if (year == null) return null;
        return StatedIssued(paper, item, year.Value) ?? PartialDate.Of(year, paper.Published);
    }

    /// <summary>The end of the item's issued range, where its start is the date written (<see cref="Issued"/>).</summary>
    public static PartialDate? IssuedEnd(Paper paper, BibItem? item)
        => PaperKinds.Year(paper) is int year && StatedIssued(paper, item, year) != null ? item!.IssuedEnd : null;

    private static PartialDate? StatedIssued(Paper paper, BibItem? item, int year)
    {
        if (item?.Issued is not PartialDate stated || stated.Year != year) return null;
        var agrees = stated.Day == null
            ? paper.Published == null
              || paper.Published.Value.Month == stated.Month && paper.Published.Value.Day == 1
            : paper.Published == stated.FullDate;
        return agrees ? stated : null;
    }

    /// <summary>
    /// A variable of the item, else what the paper's arXiv id states in it: a preprint (CSL type article) is
    /// published by its server, numbered "arXiv:ID" (Zotero's shape); a published paper is archived on arXiv.
    /// </summary>
    public static string? Variable(Paper paper, BibItem? item, string? type, string variable)
    {
        if (item?[variable] is string stated) return stated;
        var arxiv = paper.ArxivId == null ? null : "arXiv:" + paper.ArxivId;
        return (type == "article", variable) switch
        {
            (true, "publisher") => PaperKinds.Server(paper),
            (true, "number") => arxiv,
            (false, "archive") => arxiv == null ? null : "arXiv",
            (false, "archive_location") => arxiv,
            _ => null,
        };
    }
}
