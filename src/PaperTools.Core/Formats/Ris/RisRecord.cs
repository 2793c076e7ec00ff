using System.Globalization;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Formats;

using PaperTools.Digests;

namespace PaperTools.Formats.Ris;

/// <summary>
/// One RIS record's tags as they arrive, and the paper they describe. The tags are the ones the RIS
/// specification, EndNote and Zotero use for the same thing (TI/T1, AU/A1, PY/Y1/DA, AB/N2, JO/JF/T2); editors
/// (A2, A3, ED) are not authors. Dates are "YYYY/MM/DD/other" with empty parts ("2014//", "1948/07//").
/// </summary>
internal sealed class RisRecord
{
    private static readonly Regex DatePattern = new Regex(
        @"^\s*(?<y>[0-9]{4})(?:[/-](?<m>[0-9]{1,2})?(?:[/-](?<d>[0-9]{1,2})?)?)?",
        Patterns.Safe);
    private static readonly Regex KeyLike = new Regex(@"^[A-Za-z0-9][A-Za-z0-9_:.\-+/]*$", Patterns.Safe);
    private static readonly Regex TypeCode = new Regex("^[A-Z]{2,7}$", Patterns.Safe);
    private static readonly Regex ProCiteAuthors = new Regex(@"^Author, (?:Monographic|Subsidiary)\s*:(?<names>.*)$",
        RegexOptions.Singleline | Patterns.Safe);
    private static readonly Regex ProCiteNote = new Regex(@"^(?<label>[A-Za-z,\s]+?)\s*:\s*(?<value>.*)$",
        RegexOptions.Singleline | Patterns.Safe);
    private static readonly Regex CommaSpacing = new Regex(@"\s*,\s*", Patterns.Safe);

    private readonly List<KeyValuePair<string, StringBuilder>> tags = new List<KeyValuePair<string, StringBuilder>>();

    public RisRecord(int line, string type)
    {
        Line = line;
        Type = Whitespace.Collapse(type);
    }

    public int Line { get; }
    public string? Type { get; }

    public void Add(string tag, string value)
        => tags.Add(new KeyValuePair<string, StringBuilder>(tag, new StringBuilder(value)));

    /// <summary>A line without a tag belongs to the value above it (wrapped abstracts and notes).</summary>
    public void Continue(string text)
    {
        if (tags.Count > 0) tags[tags.Count - 1].Value.Append(' ').Append(text);
    }

    public Paper? ToPaper(DigestSource source, DigestReadContext context)
    {
        // ST, the short title, is the only title some exports give.
        TakeCitaviHolding();
        TakeProCiteAuthors();
        TakeProCiteFields();
        // ProCite and Springer give a conference paper's place in CY, which Zotero reads so where no C1 gives it.
        if (IsConferencePaper && !tags.Any(t => t.Key == "C1")) Retag("CY", "C1");
        var title = First("TI", "T1", "CT") ?? (IsBook ? First("BT") : null) ?? First("ST");
        // A book's T2 is its series (Zotero's reading); its container, if any, is a BT beside its TI. A conference
        // paper's container is its proceedings, C3, and its T2 the conference, the venue where no C3 names them.
        var venue = IsBook ? First("JF", "JO") ?? (First("TI", "T1", "CT") != null ? First("BT") : null)
            : (IsConferencePaper ? First("C3") : null) ?? First("T2", "JF", "JO") ?? First("BT");
        // A journal article named only by its journal's abbreviation (J2, JA) has it as its journal too, as Zotero
        // reads it (as Nature's exports give it).
        if (venue == null && Type != null && RisMapping.Table.CslType(Type) == "article-journal")
            venue = First("J2", "JA");
        var links = All("UR").SelectMany(u => u.Split(new[] { ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            .Select(Whitespace.Collapse).OfType<string>().ToList();
        // A UR with no scheme at all ("Location/URL") names no address: it is kept as the record's text, not a link.
        var urls = links.Where(u => u.Contains(':')).ToList();
        // "doi:10.1007/..." as a link names the DOI; EndNote's "internal-pdf://" links name files on its own disk.
        var doi = Doi(First("DO", "M3")) ?? urls.Select(Doi).FirstOrDefault(d => d != null);
        urls.RemoveAll(u => Doi(u) != null && !u.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        var pdfs = All("L1").Where(u => !u.StartsWith("internal-pdf:", StringComparison.OrdinalIgnoreCase)).ToList();
        var arxivId = ArxivLinks.IdFromDoi(doi)
                      ?? urls.Concat(pdfs)
                          .Where(u => u.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase) >= 0)
                          .Select(ArxivIdentifier.Normalize)
                          .FirstOrDefault(id => id != null)
                      ?? All("AN", "M1")
                          .Where(v => v.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
                          .Select(ArxivIdentifier.Normalize)
                          .FirstOrDefault(id => id != null);
        if (ArxivLinks.IdFromDoi(doi) != null) doi = null;
        // Y1, deprecated, only where neither PY nor DA states the date (Zotero's reading).
        var (year, date, issued) = Date(First("PY", "DA", "Y1"), First("DA", "Y1"));
        var notes = All("N1").ToList();
        var journalRef = notes.FirstOrDefault(
            n => n.StartsWith(PaperTools.Formats.Ris.RisRecordWriter.JournalRefNote, StringComparison.Ordinal));
        if (journalRef != null) notes.Remove(journalRef);
        var paper = new Paper
        {
            Title = title,
            Abstract = First("AB", "N2"),
            Authors = All("AU", "A1").Select(Name).OfType<string>().ToArray(),
            Year = year,
            Published = date,
            ArxivId = arxivId,
            Doi = doi,
            Url = urls.FirstOrDefault() ?? ArxivLinks.Abstract(arxivId),
            PdfUrl = pdfs.FirstOrDefault() ?? ArxivLinks.Pdf(arxivId),
            Keywords = All("KW")
                .SelectMany(k => k.Split(';'))
                .Select(Whitespace.Collapse)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToArray(),
            Venue = venue,
            Comments = notes.FirstOrDefault(),
            JournalRef = journalRef == null
                ? null
                : Whitespace.Collapse(
                    journalRef.Substring(PaperTools.Formats.Ris.RisRecordWriter.JournalRefNote.Length)),
            CitationKey = Key(First("ID")),
            Source = source.Path,
            SourceLine = Line,
            SourceFormat = DigestFormat.Ris,
            DigestDate = context.Options.DigestDate,
        };
        var item = Item(arxivId, venue, issued, urls.Skip(1).Concat(links.Except(urls)), pdfs.Skip(1), notes.Skip(1));
        if (Items.StatesNothing(paper, item))
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "RIS record states neither a title, a creator nor any field; skipped.", source.Path, Line);
            return null;
        }
        if (!item.IsEmpty) paper.Item = item;
        return paper;
    }

    // The tags the Paper's own properties are read from; every other tag goes to the item, by the mapping or by name.
    private static readonly HashSet<string> PaperTags = new HashSet<string>(StringComparer.Ordinal)
        {
            "ID", "TI", "T1", "CT", "BT", "T2", "JF", "JO", "AU", "A1", "PY", "Y1", "DA", "AB", "N2", "DO", "UR", "L1",
            "KW", "N1", "SP", "EP",
        };

    /// <summary>
    /// The item: the type, creators and fields by <see cref="RisMapping"/>, and the tags it does not know by name.
    /// </summary>
    private BibItem Item(string? arxivId, string? venue, PartialDate? issued, IEnumerable<string> moreUrls,
        IEnumerable<string> morePdfs, IEnumerable<string> moreNotes)
    {
        var mapping = RisMapping.Table;
        var item = new BibItem { Type = Type == null ? null : mapping.CslType(Type) ?? "document", Issued = issued };
        // A RIS type code Zotero or EndNote may read apart (VIDEO, ADVS, AGGR) is kept, to be written back.
        if (Type != null && Type != mapping.TypeFor(item.Type) && TypeCode.IsMatch(Type))
            item.Unknown.Add(new KeyValuePair<string, string>("RIS:TY", Type));
        var arxivNumber = arxivId == null ? null : "arXiv:" + arxivId;
        if (IsBook) item["collection-title"] = First("T2");
        if (IsConferencePaper) item["event-title"] = First("T2");
        foreach (var tag in tags)
        {
            var value = Whitespace.Collapse(tag.Value.ToString());
            if (value == null || PaperTags.Contains(tag.Key) || (IsConferencePaper && tag.Key == "C3")) continue;
            if ((tag.Key == "AN" || tag.Key == "M1")
                && string.Equals(value, arxivNumber, StringComparison.OrdinalIgnoreCase)) continue;
            if ((tag.Key == "DB" || tag.Key == "PB") && arxivId != null
                && value.Equals("arXiv", StringComparison.OrdinalIgnoreCase)) continue;
            if (tag.Key == "M3" && Doi(value) != null) continue;
            if (RisMapping.Role(tag.Key, item.Type) is string role && Name(value) is string name)
                item.Creators.Add(new BibCreator(role, name));
            else if (RisMapping.FieldRules(tag.Key, value, item.Type).FirstOrDefault(r => item[r.Target] == null)
                     is MappingRule rule)
                item[rule.Target] = rule.Read(value);
            else item.Unknown.Add(new KeyValuePair<string, string>("RIS:" + tag.Key, value));
        }
        // JO is a journal article's abbreviation even where it is the only journal name the record gives (GEN and a
        // code Zotero does not know are journal articles to it); Zotero keeps none of a magazine's or a conference's.
        if (venue != null && First("JO") is string abbreviation && item.Type is null or "article-journal" or "document"
            && item["container-title-short"] == null)
            item["container-title-short"] = abbreviation;
        // A book's SP alone is its number of pages, as Zotero's RIS import reads it and the writer writes it.
        if (RisMapping.PageCountInSP(item.Type) && First("EP") == null && First("SP") is string count)
            item["number-of-pages"] = count;
        else if (Pages(First("SP"), First("EP")) is string pages) item["page"] = pages;
        foreach (var url in moreUrls) item.Unknown.Add(new KeyValuePair<string, string>("RIS:UR", url));
        foreach (var pdf in morePdfs) item.Unknown.Add(new KeyValuePair<string, string>("RIS:L1", pdf));
        foreach (var note in moreNotes) item.Unknown.Add(new KeyValuePair<string, string>("RIS:N1", note));
        return item;
    }

    /// <summary>
    /// Citavi lists a work's holdings as H1 (library) and H2 (call number) pairs; as Zotero's RIS import does, the
    /// first pair is the record's DP and CN (an H2 alone its CN) when the record has neither.
    /// </summary>
    private void TakeCitaviHolding()
    {
        if (tags.Any(t => t.Key == "CN" || t.Key == "DP")) return;
        var h1 = tags.FindIndex(t => t.Key == "H1");
        if (h1 < 0)
        {
            var h2 = tags.FindIndex(t => t.Key == "H2");
            if (h2 >= 0) tags[h2] = new KeyValuePair<string, StringBuilder>("CN", tags[h2].Value);
            return;
        }
        for (var i = h1; i < tags.Count - 1; i++)
            if (tags[i].Key == "H1" && tags[i + 1].Key == "H2")
            {
                tags[i] = new KeyValuePair<string, StringBuilder>("DP", tags[i].Value);
                tags[i + 1] = new KeyValuePair<string, StringBuilder>("CN", tags[i + 1].Value);
                return;
            }
    }

    /// <summary>
    /// ProCite writes a work's other authors as notes ("N1  - Author, Monographic: Ann Smith; Bo Li"); as Zotero's RIS
    /// import does, each becomes a creator tag, A1 when the record has none, else A2, else A3, the names turned
    /// "Family, Given".
    /// </summary>
    private void TakeProCiteAuthors()
    {
        for (var i = 0; i < tags.Count; i++)
        {
            var note = tags[i].Key == "N1" ? ProCiteAuthors.Match(tags[i].Value.ToString().Trim()) : Match.Empty;
            if (!note.Success) continue;
            var tag = !tags.Any(t => t.Key == "A1") ? "A1" : !tags.Any(t => t.Key == "A2") ? "A2" : "A3";
            var names = note.Groups["names"].Value.Split(';').Select(ProCiteName).Where(n => n.Length > 0).ToList();
            if (names.Count == 0) continue;
            tags.RemoveAt(i);
            tags.InsertRange(i, names.Select(n => new KeyValuePair<string, StringBuilder>(tag, new StringBuilder(n))));
            i += names.Count - 1;
        }
    }

    // ProCite's labels of the fields it writes as notes, as Zotero's RIS import reads them (RIS.js proCiteMap), by the
    // CSL variable each names.
    private static readonly Dictionary<string, string> ProCiteVariables = new(StringComparer.Ordinal)
    {
        ["Call Number"] = "call-number", ["Edition"] = "edition", ["ISBN"] = "ISBN", ["Language"] = "language",
        ["Publisher Name"] = "publisher", ["Series Title"] = "collection-title", ["Volume ID"] = "volume",
        ["Issue ID"] = "issue", ["Issue Identification"] = "issue", ["Series Volume ID"] = "collection-number",
        ["Place of Publication"] = "publisher-place",
    };

    /// <summary>
    /// ProCite writes the fields it has no RIS tag for as notes ("N1  - Volume ID: 12"). As Zotero's RIS import does
    /// (RIS.js ProCiteCleaner), each note whose label names a field becomes the tag this type reads that field from,
    /// and "Connective Phrase: In" is dropped; in such a record some tags hold other fields (a book's or chapter's VL
    /// its edition, a book's IS its volume, a bill's CY its code). Left as notes, they would turn Zotero's reading of
    /// the RIS PaperTools writes into ProCite's.
    /// </summary>
    private void TakeProCiteFields()
    {
        var type = Type == null ? null : RisMapping.Table.CslType(Type) ?? "document";
        var notes = tags.Select((t, i) => (Index: i, Note: t.Key == "N1"
                ? ProCiteNote.Match(t.Value.ToString().Trim()) : Match.Empty))
            .Where(n => n.Note.Success)
            .Select(n => (n.Index, Tag: ProCiteTag(n.Note.Groups["label"].Value, n.Note.Groups["value"].Value, type),
                Value: n.Note.Groups["value"].Value))
            .Where(n => n.Tag != null).ToList();
        if (notes.Count == 0) return;
        if (Type is "BOOK" or "CHAP") Retag("VL", "ET");
        foreach (var (index, tag, value) in notes)
            tags[index] = new KeyValuePair<string, StringBuilder>(tag!, new StringBuilder(value));
        tags.RemoveAll(t => t.Key == string.Empty);
        // The tags ProCite writes apart from RIS, by type (the end of RIS.js ProCiteCleaner.cleanTags).
        if (Type == "BOOK") Retag("IS", "VL");
        if (Type == "COMP") Retag("IS", "ET");
        if (Type == "ART") Retag("M1", "M3");
        if (Type != "BILL") return;
        Retag("CY", "T2");
        Retag("VL", "M1");
        Retag("SP", "SE");
    }

    // The tag Zotero turns a ProCite note into in a record of CSL type <type>: the tag the type reads the field from,
    // the empty tag for a note it drops; null where the type has no such field, or the label names none.
    private string? ProCiteTag(string label, string value, string? type) => (label, type) switch
    {
        ("Record ID" or "Record Number", _) => tags.Any(t => t.Key == "ID") ? null : "ID",
        ("Connective Phrase", _) => value.Trim().Equals("in", StringComparison.OrdinalIgnoreCase) ? string.Empty : null,
        ("Proceedings Title", "paper-conference") => "C3",
        // Fields the item model has no variable for, in the tags Zotero reads them from (ProCite spells history so).
        ("Histroy", "bill" or "hearing" or "legislation" or "legal_case") => "OP",
        ("Size", "graphic") => "C3",
        ("Scale", "map") => "C1",
        // Zotero has no tag for a chapter's issue (it reads IS as a chapter's number of volumes).
        ("Issue ID" or "Issue Identification", "chapter") => null,
        _ => ProCiteVariables.TryGetValue(label, out var variable)
            ? RisMapping.Fields(type).FirstOrDefault(r => r.Target == variable)?.Name
            : null,
    };

    private void Retag(string from, string to)
    {
        for (var i = 0; i < tags.Count; i++)
            if (tags[i].Key == from) tags[i] = new KeyValuePair<string, StringBuilder>(to, tags[i].Value);
    }

    // "Ann Smith" as "Smith, Ann"; a name with a comma or of one word as it is (ProCite's names are given first).
    private static string ProCiteName(string name)
    {
        name = name.Trim();
        var last = name.LastIndexOf(' ');
        return name.Contains(',') || last < 0 ? name : name.Substring(last + 1) + ", " + name.Substring(0, last);
    }

    // SP alone may hold the whole range ("231-252"); SP and EP are its two ends.
    private static string? Pages(string? start, string? end)
        => start == null ? end : end == null || start.Contains('-') ? start : start + "-" + end;

    private bool IsBook => Type != null && RisMapping.Table.CslType(Type) == "book";

    private bool IsConferencePaper => Type != null && RisMapping.Table.CslType(Type) == "paper-conference";

    private string? First(params string[] names)
    {
        foreach (var name in names)
            foreach (var tag in tags)
                if (tag.Key == name && Whitespace.Collapse(tag.Value.ToString()) is string value) return value;
        return null;
    }

    private IEnumerable<string> All(params string[] names)
        => tags.Where(t => names.Contains(t.Key)).Select(t => Whitespace.Collapse(t.Value.ToString())).OfType<string>();

    // "Shannon,Claude E." is "Shannon, Claude E.": the family name first, as RIS writes every name.
    private static string? Name(string value)
    {
        var name = Whitespace.Collapse(CommaSpacing.Replace(value, ", "));
        return name?.TrimEnd(',', ' ');
    }

    /// <summary>
    /// The year the date states, the day when it names one, and the date with its precision when it names a month
    /// but no day ("1980/10//"); PY's year wins over DA's.
    /// </summary>
    private static (int? Year, DateTime? Date, PartialDate? Issued) Date(string? primary, string? full)
    {
        int? year = null;
        DateTime? date = null;
        PartialDate? monthOnly = null;
        foreach (var text in new[] { primary, full })
        {
            var m = text == null ? Match.Empty : DatePattern.Match(text);
            if (!m.Success) continue;
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (y < PartialDate.MinYear || y > PartialDate.MaxYear) continue;
            year = year ?? y;
            if (date != null || !m.Groups["m"].Success || y != year) continue;
            var stated = new PartialDate(y, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
                m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : (int?)null);
            if (!stated.IsPlausible) continue;
            if (stated.Day == null) monthOnly ??= stated;
            else date = stated.FullDate;
        }
        return (year, date, date == null ? monthOnly : null);
    }

    private static string? Doi(string? text)
    {
        if (text == null || text.StartsWith("internal-pdf:", StringComparison.OrdinalIgnoreCase)) return null;
        var doi = Regex.Replace(text, @"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", string.Empty,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Trim();
        return doi.StartsWith("10.", StringComparison.Ordinal) ? doi : null;
    }

    private static string? Key(string? id) => id != null && KeyLike.IsMatch(id) ? id : null;
}
