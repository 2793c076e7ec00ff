using PaperTools.Formats.BibTeX;
using PaperTools.Search;

namespace PaperTools.Publication;

/// <summary>
/// Marks a retracted or withdrawn paper with the keyword "retracted" or "withdrawn" (Update-PaperPublication
/// -MarkRetracted): a keywords field both bibtex (which ignores it) and biber (which indexes it) accept, added to what
/// the entry has, nothing removed. A paper already marked is left as it is, so a second run changes nothing.
/// </summary>
public static class RetractionMark
{
    public static string Word(NoticeKind kind) => kind == NoticeKind.Withdrawal ? "withdrawn" : "retracted";

    /// <summary>
    /// The marked copy and the change; the paper itself and no change when it is marked already (or cannot be).
    /// </summary>
    public static (Paper Paper, FieldChange? Change) Apply(Paper paper, NoticeKind kind)
    {
        var word = Word(kind);
        if (paper.Entry == null)
        {
            if (paper.Keywords.Contains(word, StringComparer.OrdinalIgnoreCase)) return (paper, null);
            var copy = PaperCopy.Of(paper);
            copy.Keywords = copy.Keywords.Append(word).ToArray();
            return (copy,
                new FieldChange("keywords", string.Join(", ", paper.Keywords), string.Join(", ", copy.Keywords)));
        }
        var before = paper.Fields["keywords"];
        string after;
        if (before == null) after = "{" + word + "}";
        else
        {
            var words = PublishedVersionWriter.Bare(before).Split(',', ';').Select(w => w.Trim());
            if (words.Contains(word, StringComparer.OrdinalIgnoreCase)) return (paper, null);
            var v = before.TrimEnd();
            // Only a delimited value can take one more word; a macro or a # concatenation is left as written.
            if (v.Length < 2 || !((v[0] == '{' && v[^1] == '}') || (v[0] == '"' && v[^1] == '"'))) return (paper, null);
            after = v[..^1].TrimEnd() + (PublishedVersionWriter.Bare(v).Length == 0 ? string.Empty : ", ") + word
                + v[^1];
        }
        var marked = PaperCopy.Of(paper);
        marked.Fields["keywords"] = after;
        return (marked, new FieldChange("keywords", before, after));
    }
}
