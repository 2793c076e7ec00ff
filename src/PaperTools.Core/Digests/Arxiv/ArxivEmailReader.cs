using System.Text.RegularExpressions;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Arxiv;

/// <summary>
/// The arXiv daily listing e-mail. Each entry opens with a "\\" line and the id, then Date: (or "replaced
/// with revised version"), Title:, Authors:, Categories:, Comments:, Journal-ref:, DOI: with indented
/// continuation lines, then "\\", the abstract, and "\\ ( https://arxiv.org/abs/ID ,  NNkb)". Rows of
/// "%-%-" open the cross-lists and of "%%--%%--" the replacements. Names and titles are TeX and are
/// decoded to Unicode; abstracts are left as written.
/// </summary>
public sealed class ArxivEmailReader : IDigestReader
{
    private static readonly Regex IdLine = new Regex(@"^(?:arXiv:|Paper(?:\s*\(\*cross-listing\*\))?:\s*)(?<id>\S+)",
        Patterns.Safe);
    private static readonly Regex Field = new Regex(@"^(?<name>[A-Za-z][A-Za-z-]*):\s?(?<value>.*)$", Patterns.Safe);
    private static readonly Regex Replaced = new Regex(@"^replaced with revised version\b",
        RegexOptions.IgnoreCase | Patterns.Safe);
    private static readonly Regex LinkLine = new Regex(@"^\\\\\s*\(\s*(?<url>https?://\S+?)\s*,", Patterns.Safe);
    private static readonly Regex ReceivedLine = new Regex(@"^\s*received from\s+.+?\s+to\s+(?<to>.+)$",
        RegexOptions.IgnoreCase | Patterns.Safe);
    private static readonly Regex Rule = new Regex("^-{20,}$", Patterns.Safe);

    private enum Section { New, Cross, Replaced, Over }

    public DigestFormat Format => DigestFormat.ArxivEmail;

    // Telling shapes apart builds only these two patterns (not the reader's, above), on first use, and only for
    // text holding their fixed parts: every digest is sniffed, and each regex built costs a new session time
    // (docs/benchmark.md, cold runs).
    private static class Opening
    {
        private static Regex? entry, receivedHeader;

        public static Regex Entry => entry ??= new Regex(@"^\\\\[ \t]*\r?\n(?:arXiv:|Paper\b)",
            RegexOptions.Multiline | Patterns.Safe);

        // The listing's own header ("Submissions to: …", " received from  Wed 28 Feb 24 … to  Thu 29 Feb 24 …")
        // names the shape even when the opening 16 KB hold no entry (20,000 "\\" lines after the header).
        public static Regex ReceivedHeader => receivedHeader ??= new Regex(
            @"^[ \t]*received from[ \t]+\S.*[ \t]to[ \t]+\S",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | Patterns.Safe);
    }

    public bool Recognizes(string head)
        => (head.Contains(@"\\", StringComparison.Ordinal) && Opening.Entry.IsMatch(head))
            || (head.Contains("Submissions to:", StringComparison.Ordinal) && Opening.ReceivedHeader.IsMatch(head));

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        var section = Section.New;
        var digestDate = context.Options.DigestDate;
        Entry? entry = null;
        foreach (var (text, number) in DigestLines.Read(source, context))
        {
            var line = text.TrimEnd();

            if (entry == null)
            {
                if (line.StartsWith("%%%---", StringComparison.Ordinal)) section = Section.Over;
                else if (line.StartsWith("%%--%%", StringComparison.Ordinal)) section = Section.Replaced;
                else if (line.StartsWith("%-%-", StringComparison.Ordinal)) section = Section.Cross;
                else if (line == @"\\" && section != Section.Over) entry = new Entry(number, section);
                else if (!digestDate.HasValue && ReceivedLine.Match(line) is var received
                    && received.Success) digestDate = DigestDates.Parse(received.Groups["to"].Value);
                continue;
            }

            var link = LinkLine.Match(line);
            if (link.Success || Rule.IsMatch(line))
            {
                if (link.Success) entry.Link = link.Groups["url"].Value;
                var paper = entry.ToPaper(source, context, digestDate);
                if (paper != null) yield return paper;
                entry = null;
                continue;
            }
            // A "\\" line alone never falls inside an entry's fields or abstract: it opens the next entry.
            // A run of them (an entry opening repeated, 20,000 times in a hostile file) opens just one.
            if (line == @"\\" && (entry.IsEmpty || entry.InAbstract))
            {
                if (!entry.IsEmpty)
                {
                    var cut = entry.ToPaper(source, context, digestDate);
                    if (cut != null) yield return cut;
                }
                entry = new Entry(number, section);
                continue;
            }
            entry.Add(line);
        }
        if (entry != null)
        {
            var last = entry.ToPaper(source, context, digestDate);
            if (last != null) yield return last;
        }
    }

    /// <summary>One entry's lines as they arrive, and what they say.</summary>
    private sealed class Entry
    {
        private readonly int line;
        private readonly Section section;
        private readonly List<KeyValuePair<string, StringBuilder>> fields =
            new List<KeyValuePair<string, StringBuilder>>();
        private readonly StringBuilder abstractText = new StringBuilder();
        private string? idText;
        private bool crossListing, replaced, inAbstract;
        private string? date;

        public Entry(int line, Section section)
        {
            this.line = line;
            this.section = section;
        }

        public string? Link { get; set; }

        /// <summary>Nothing read yet but the opening "\\".</summary>
        public bool IsEmpty => idText == null && fields.Count == 0 && !inAbstract && !replaced;

        public bool InAbstract => inAbstract;

        public void Add(string text)
        {
            if (inAbstract)
            {
                abstractText.Append(' ').Append(text);
                return;
            }
            if (text == @"\\")
            {
                inAbstract = true;
                return;
            }
            if (text.Length == 0) return;
            if (idText == null && IdLine.Match(text) is var id && id.Success)
            {
                idText = id.Groups["id"].Value;
                crossListing = text.IndexOf("(*cross-listing*)", StringComparison.Ordinal) >= 0;
                return;
            }
            if (Replaced.IsMatch(text))
            {
                replaced = true;
                return;
            }
            if (char.IsWhiteSpace(text[0]) && fields.Count > 0)
            {
                fields[fields.Count - 1].Value.Append(' ').Append(text.Trim());
                return;
            }
            var field = Field.Match(text);
            if (!field.Success) return;
            var name = field.Groups["name"].Value;
            if (name.Equals("Date", StringComparison.OrdinalIgnoreCase)) date = field.Groups["value"].Value;
            else fields.Add(new KeyValuePair<string, StringBuilder>(name,
                new StringBuilder(field.Groups["value"].Value)));
        }

        public Paper? ToPaper(DigestSource source, DigestReadContext context, DateTime? digestDate)
        {
            if (!ArxivIdentifier.TryParse(idText, out var arxivId, out var version)) ArxivIdentifier.TryParse(Link,
                out arxivId, out version);
            var title = Whitespace.Collapse(LatexDecoder.Decode(Value("Title")));
            if (title == null && arxivId == null)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                    "Listing entry has neither an arXiv id nor a title; skipped.", source.Path, line);
                return null;
            }
            var isReplacement = replaced || section == Section.Replaced;
            var isCross = crossListing || section == Section.Cross;
            // Date: is the first version's submission; a replacement states only the revision's date.
            var published = isReplacement ? null : DigestDates.Parse(date);
            return new Paper
            {
                Title = title,
                Abstract = Whitespace.Collapse(abstractText.ToString()),
                Authors = ArxivAuthors.Split(LatexDecoder.Decode(Value("Authors") ?? Value("Author"))),
                Published = published,
                ArxivId = arxivId,
                ArxivVersion = version,
                Doi = Whitespace.Collapse(Value("DOI")),
                Url = ArxivLinks.Abstract(arxivId) ?? Link,
                PdfUrl = ArxivLinks.Pdf(arxivId),
                Categories = (Value("Categories") ?? string.Empty).Split(new[] { ' ', '\t' },
                    StringSplitOptions.RemoveEmptyEntries),
                JournalRef = Whitespace.Collapse(Value("Journal-ref")),
                Comments = Whitespace.Collapse(Value("Comments")),
                AnnounceType = isReplacement ? (isCross ? "replace-cross" : "replace") : (isCross ? "cross" : "new"),
                Source = source.Path,
                SourceLine = line,
                SourceFormat = DigestFormat.ArxivEmail,
                DigestDate = digestDate,
            };
        }

        private string? Value(string name)
            => fields.Where(f => f.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(f =>
                f.Value.ToString()).FirstOrDefault();
    }
}
