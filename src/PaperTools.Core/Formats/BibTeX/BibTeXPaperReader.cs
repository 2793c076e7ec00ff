using System.Globalization;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Turns a parsed entry into a Paper: the entry itself (type, key, fields as written) and the typed properties it
/// reads as, LaTeX decoded to Unicode. Reads both dialects: year/month or date, eprint with archivePrefix or
/// eprinttype, primaryClass or eprintclass, journal or journaltitle. The typed properties as read are remembered
/// with the entry, so the exporter can tell which of them the user changed.
/// </summary>
public static class BibTeXPaperReader
{
    private static readonly string[] MonthNames = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec" };
    private static readonly Regex DoiPrefix = new Regex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static Paper ToPaper(BibTeXEntryValues record, string source)
    {
        var paper = ToIdentity(record, source);
        ReadDescription(record, paper);
        record.Entry.ReadAs = Snapshot(paper);
        return paper;
    }

    /// <summary>
    /// A paper with what identifies its entry and no more: the entry, its key and type, and the typed properties the
    /// same-work rule compares (title, authors, year, arXiv id, DOI, with the url they may come from). Enough for an
    /// export that compares its papers with a target file's, which it never hands out.
    /// </summary>
    internal static Paper ToIdentity(BibTeXEntryValues record, string source)
    {
        var paper = new Paper
        {
            EntryType = record.Type,
            CitationKey = record.Key,
            Entry = record.Entry,
            Fields = new BibTeXFieldCollection(record.Entry.Fields),
            Source = source,
            SourceLine = record.Line,
            SourceFormat = DigestFormat.BibTeX,
            Title = DecodeText(record["title"]),
            Authors = Decoded(SplitNames(record["author"])),
            Url = Plain(record["url"]),
        };
        ReadDate(record, paper);
        ReadArxiv(record, paper);
        return paper;
    }

    /// <summary>The typed properties an entry's values state beyond its identity.</summary>
    private static void ReadDescription(BibTeXEntryValues record, Paper paper)
    {
        // The abstract, the longest value, is decoded when asked for rather than held twice (written and decoded).
        var abstractField = record.Entry.Fields.FirstOrDefault(f => f.Name.Equals("abstract",
            StringComparison.OrdinalIgnoreCase));
        if (abstractField is { IsBraced: true }) paper.DeferAbstract(new DecodedField(abstractField));
        else paper.Abstract = DecodeText(record["abstract"]);
        paper.Venue = DecodeText(record["journal"] ?? record["journaltitle"] ?? record["booktitle"]
            ?? record["howpublished"]);
        var keywords = record["keywords"];
        paper.Keywords = keywords == null ? Array.Empty<string>() : Decoded(keywords.Split(',', ';'));
        if (record.Type == "article") paper.JournalRef = paper.Venue;
    }

    /// <summary>Each part decoded, the empty ones left out.</summary>
    private static string[] Decoded(IEnumerable<string> parts)
    {
        var decoded = new List<string>();
        foreach (var part in parts)
            if (DecodeText(part) is string text) decoded.Add(text);
        return decoded.Count == 0 ? Array.Empty<string>() : decoded.ToArray();
    }

    /// <summary>A frozen copy of the typed properties, lists copied, so edits to the paper never reach it.</summary>
    private static Paper Snapshot(Paper paper)
    {
        var snapshot = new Paper
        {
            Title = paper.Title,
            Authors = Copy(paper.Authors),
            Year = paper.Year,
            Published = paper.Published,
            ArxivId = paper.ArxivId,
            ArxivVersion = paper.ArxivVersion,
            Doi = paper.Doi,
            Url = paper.Url,
            Categories = Copy(paper.Categories),
            Keywords = Copy(paper.Keywords),
            JournalRef = paper.JournalRef,
            Venue = paper.Venue,
            CitationKey = paper.CitationKey,
            EntryType = paper.EntryType,
        };
        snapshot.ShareAbstract(paper);
        return snapshot;
    }

    /// <summary>A copy of <paramref name="list"/>; an empty one, which nothing can change, is shared.</summary>
    private static string[] Copy(string[] list) => list.Length == 0 ? list : (string[])list.Clone();

    private static void ReadDate(BibTeXEntryValues record, Paper paper)
    {
        // date: YYYY, YYYY-MM or YYYY-MM-DD at its start; year: four digits after any white space and one brace, or
        // after a sort command ({\noopsort{1973b}}1973).
        var date = DateValue(record["date"]);
        if (date != null && Digits(date, 0, 4))
        {
            paper.Year = Number(date, 0, 4);
            if (date.Length > 4 && date[4] == '-' && Digits(date, 5, 2))
                paper.Published = SafeDate(paper.Year.Value, Number(date, 5, 2), date.Length > 7 && date[7] == '-'
                    && Digits(date, 8, 2) ? Number(date, 8, 2) : 1);
            return;
        }
        var year = record["year"] ?? string.Empty;
        var at = 0;
        while (at < year.Length && char.IsWhiteSpace(year[at])) at++;
        if (at < year.Length && year[at] == '{') at++;
        if (!Digits(year, at, 4))
        {
            (year, at) = (DateValue(year) ?? string.Empty, 0);
            if (!Digits(year, 0, 4)) return;
        }
        paper.Year = Number(year, at, 4);
        var month = Month(record["month"]);
        // A month without a day reads as its first day; the writer writes only the month back.
        var stated = Plain(record["day"]);
        var day = stated != null && stated.Length <= 2 && Digits(stated, 0, stated.Length)
            ? Number(stated, 0, stated.Length) : 1;
        if (month > 0) paper.Published = SafeDate(paper.Year.Value, month, day) ?? SafeDate(paper.Year.Value, month, 1);
    }

    private static bool Digits(string text, int at, int count)
    {
        if (at + count > text.Length) return false;
        for (var i = at; i < at + count; i++)
            if (text[i] < '0' || text[i] > '9') return false;
        return true;
    }

    private static int Number(string text, int at, int count) => int.Parse(text.AsSpan(at, count), NumberStyles.None,
        CultureInfo.InvariantCulture);

    private static void ReadArxiv(BibTeXEntryValues record, Paper paper)
    {
        var archive = Plain(record["archiveprefix"] ?? record["eprinttype"]);
        var eprint = Plain(record["eprint"]);
        if (eprint != null && (archive == null || archive.Equals("arxiv", StringComparison.OrdinalIgnoreCase))
            && ArxivIdentifier.TryParse(eprint, out var id, out var version))
        {
            paper.ArxivId = id;
            paper.ArxivVersion = version;
        }

        var doi = Doi(record["doi"]);
        if (doi != null && BibTeXEntryBuilder.IsArxivDoi(doi))
        {
            if (paper.ArxivId == null) paper.ArxivId =
                ArxivIdentifier.Normalize(doi.Substring("10.48550/arXiv.".Length));
            doi = null;
        }
        paper.Doi = doi;

        if (paper.ArxivId == null && paper.Url != null && paper.Url.IndexOf("arxiv.org/",
            StringComparison.OrdinalIgnoreCase) >= 0)
            paper.ArxivId = ArxivIdentifier.Normalize(paper.Url);
        var primary = Plain(record["primaryclass"] ?? record["eprintclass"]);
        if (paper.ArxivId != null && primary != null) paper.Categories = new[] { primary };
    }

    /// <summary>A doi field's DOI, without the resolver prefix some files put before it.</summary>
    internal static string? Doi(string? value)
    {
        var doi = Plain(value);
        // A DOI as such ("10.…") has no prefix: only a value starting as "http" or "doi:" does may have one.
        return doi == null ? null : doi[0] is >= '0' and <= '9' ? doi : DoiPrefix.Replace(doi, string.Empty);
    }

    /// <summary>The names of a name list (author, editor): split on "and" outside braces, as bibtex splits
    /// them.</summary>
    internal static IEnumerable<string> SplitNames(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) yield break;
        var level = 0;
        var start = 0;
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '{') level++;
            else if (field[i] == '}') level--;
            else if (level == 0 && i > 0 && char.IsWhiteSpace(field[i - 1]) && i + 3 < field.Length
                && char.IsWhiteSpace(field[i + 3])
                && string.Compare(field, i, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                yield return field.Substring(start, i - start);
                start = i + 4;
            }
        }
        yield return field.Substring(start);
    }

    private static int Month(string? value)
    {
        var v = Plain(value);
        if (v == null) return 0;
        if (v.Length <= 2 && Digits(v, 0, v.Length))
        {
            var n = int.Parse(v, CultureInfo.InvariantCulture);
            return n >= 1 && n <= 12 ? n : 0;
        }
        if (v.Length < 3) return 0;
        Span<char> opening = stackalloc char[3];
        v.AsSpan(0, 3).ToLowerInvariant(opening);
        for (var m = 0; m < MonthNames.Length; m++)
            if (opening.SequenceEqual(MonthNames[m])) return m + 1;
        return 0;
    }

    private static DateTime? SafeDate(int year, int month, int day)
        => year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day) : (DateTime?)null;

    /// <summary>A text value decoded to Unicode (math other than single symbols kept), trimmed; null when
    /// empty.</summary>
    internal static string? DecodeText(string? latex)
    {
        if (string.IsNullOrWhiteSpace(latex)) return null;
        var decoded = Whitespace.Collapse(LatexDecoder.Decode(latex, keepMath: true)) ?? string.Empty;
        return decoded.Length == 0 ? null : decoded;
    }

    /// <summary>A raw value (url, doi, eprint, month) without the grouping braces some files put around it.</summary>
    // The sorting idiom of bibtex's own xampl.bib, year = "{\noopsort{1973b}}1973": a command whose argument only
    // sorts (the @preamble defines it to print nothing), before the year that is printed.
    private static readonly Regex SortPrefix = new Regex(@"^\{\\[A-Za-z]+\{[^{}]*\}\}\s*", Patterns.Safe);

    /// <summary>A date or year field as printed: <see cref="Plain"/>, without a leading sort command.</summary>
    internal static string? DateValue(string? value)
    {
        var plain = Plain(value);
        return plain == null || plain[0] != '{' ? plain : Plain(SortPrefix.Replace(plain, string.Empty, 1));
    }

    internal static string? Plain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        while (trimmed.Length >= 2 && trimmed[0] == '{' && ClosesAtEnd(trimmed)) trimmed =
            trimmed.Substring(1, trimmed.Length - 2).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    // Whether the brace that opens the text closes at its end ("{1973}", not "{\noopsort{1973a}}{1968}").
    private static bool ClosesAtEnd(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i == text.Length - 1;
        }
        return false;
    }
}
