using System.Text.RegularExpressions;
using PaperTools.Diagnostics;

using PaperTools.Digests;

namespace PaperTools.Formats.Ris;

/// <summary>
/// RIS, as Zotero, EndNote, Mendeley and the publishers export it: records from "TY  - " to "ER  - ", one tag
/// per line, a line without a tag continuing the value above it. Read line by line, so a library of any size
/// streams; text before the first record (a "1." or an export banner) is passed over. A record the file ends
/// in before its ER is reported as DigestTruncated; every complete record before it is kept.
/// </summary>
public sealed class RisReader : IDigestReader
{
    // "TY  - JOUR": two characters, two spaces (some exporters write one), a hyphen, then the value.
    internal static readonly Regex TagLine = new Regex(@"^(?<tag>[A-Z][A-Z0-9])\s{1,2}-(?:\s(?<value>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex RecordStart = new Regex(@"^\uFEFF?\s*TY\s{1,2}-\s",
        RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public DigestFormat Format => DigestFormat.Ris;

    public bool Recognizes(string head)
    {
        var first = DigestHead.FirstSignificant(head);
        return first != '<' && first != '{' && first != '[' && RecordStart.IsMatch(head);
    }

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        RisRecord? record = null;
        foreach (var (text, number) in DigestLines.Read(source, context))
        {
            var line = text.TrimStart('\uFEFF').TrimEnd();
            var tag = TagLine.Match(line);
            if (!tag.Success)
            {
                if (record != null && line.Length > 0) record.Continue(line.Trim());
                continue;
            }
            var name = tag.Groups["tag"].Value;
            var value = tag.Groups["value"].Success ? tag.Groups["value"].Value : string.Empty;
            if (name == "TY")
            {
                if (record != null)
                {
                    context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                        $"The record starting at line {record.Line} has no ER line before the next TY; "
                        + "it is read as ending there.", source.Path, record.Line);
                    var unclosed = record.ToPaper(source, context);
                    if (unclosed != null) yield return unclosed;
                }
                record = new RisRecord(number, value);
            }
            else if (name == "ER")
            {
                if (record == null) continue;
                var paper = record.ToPaper(source, context);
                record = null;
                if (paper != null) yield return paper;
            }
            else record?.Add(name, value);
        }
        if (record != null)
            context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
                $"The file ends inside the record starting at line {record.Line} (no ER line): it was cut short. "
                + "That record was not read; the complete records before it were.", source.Path, record.Line);
    }
}
