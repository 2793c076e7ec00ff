using PaperTools.Diagnostics;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Entries inside what the parser reads as comments (an @comment's body, a %-line between entries) that bibtex and
/// Zotero read as entries: bibtex skips only the word "comment" and has no % comments outside entries. biber and
/// JabRef skip them, as the parser does; a file holding them is named in one warning (BibTeXCommentedEntry).
/// Only "@type{key," counts: a type of letters (not comment, string or preamble) and a key, so prose, JabRef's
/// metadata and stray e-mail addresses do not. It looks only at the comments the parser found, and its work is
/// linear in their length: each @ is looked at once, and a type or key runs a bounded length.
/// </summary>
internal sealed class CommentedEntryFinder(byte[] text, int textStart, BraceTable braces)
{
    /// <summary>The commented-out entries a warning names; the rest are counted.</summary>
    public const int MaxListed = 10;

    private const int MaxTypeLength = 32;
    private const int MaxKeyLength = 256;

    private readonly List<(string Type, string Key, int At)> listed = new();
    private int count;

    /// <summary>Finds the entries in the comment text from <paramref name="from"/> to <paramref name="end"/>.</summary>
    public void LookIn(int from, int end)
    {
        var i = from;
        while (i < end)
        {
            var at = text.AsSpan(i, end - i).IndexOf((byte)'@');
            if (at < 0) return;
            i = Match(i + at, end);
        }
    }

    /// <summary>The warning naming the file's commented-out entries; null when it has none.</summary>
    public Problem? Warning(string source)
    {
        if (count == 0) return null;
        var lines = Lines();
        var named = string.Join(", ", listed.Select((e, n) => $"@{e.Type}{{{e.Key}}} (line {lines[n]})"));
        var more = count > listed.Count ? $", and {count - listed.Count:N0} more" : string.Empty;
        var (entries, them, asEntries) = count == 1 ? ("1 entry is", "it", "it as an entry")
            : ($"{count:N0} entries are", "them", "them as entries");
        return new Problem(ErrorIds.BibTeXCommentedEntry, ProblemCategory.InvalidData,
            $"{entries} commented out (in an @comment or on a %-line): {named}{more}. bibtex and Zotero read " +
            $"{asEntries}; biber, JabRef and PaperTools skip {them}. Delete or uncomment {them} so that every tool " +
            "reads the same entries.",
            source, lines[0]);
    }

    /// <summary>The lines of the listed entries, counted once at the end: the parser counts lines as it goes forward,
    /// and asking it about a place ahead of the text it has yet to place would make it count them all anew.</summary>
    private int[] Lines()
    {
        var lines = new int[listed.Count];
        var (line, from) = (1, textStart);
        for (var n = 0; n < listed.Count; n++)
        {
            line += text.AsSpan(from, listed[n].At - from).Count((byte)'\n');
            from = listed[n].At;
            lines[n] = line;
        }
        return lines;
    }

    /// <summary>Whether an entry opens at the @ at <paramref name="at"/>, noted if so; returns where looking goes
    /// on: after the entry's closing brace when it closes before <paramref name="end"/> (bibtex reads no entry
    /// inside another's value), else after what was read.</summary>
    private int Match(int at, int end)
    {
        var i = SkipSpace(at + 1, end);
        var typeStart = i;
        while (i < end && i - typeStart <= MaxTypeLength && IsAsciiLetter(text[i])) i++;
        var typeEnd = i;
        if (typeEnd == typeStart || typeEnd - typeStart > MaxTypeLength
            || (i < end && BibTeXParser.IsNameChar((char)text[i]))) return i;
        i = SkipSpace(i, end);
        if (i >= end || (text[i] != '{' && text[i] != '(')) return i;
        var open = i;
        i = SkipSpace(i + 1, end);
        var keyStart = i;
        while (i < end && i - keyStart <= MaxKeyLength && IsKeyByte(text[i])) i++;
        var keyEnd = i;
        if (keyEnd == keyStart || keyEnd - keyStart > MaxKeyLength) return i;
        i = SkipSpace(i, end);
        if (i >= end || text[i] != ',') return i;
        if (IsNotAnEntry(text.AsSpan(typeStart, typeEnd - typeStart))) return i;
        count++;
        if (listed.Count < MaxListed)
            listed.Add((Encoding.ASCII.GetString(text, typeStart, typeEnd - typeStart),
                Encoding.UTF8.GetString(text, keyStart, keyEnd - keyStart), at));
        var close = text[open] == '{' ? braces.CloseOf(open) : -1;
        return close > i && close < end ? close + 1 : i + 1;
    }

    private static bool IsNotAnEntry(ReadOnlySpan<byte> type)
        => Ascii.EqualsIgnoreCase(type, "comment"u8) || Ascii.EqualsIgnoreCase(type, "string"u8)
            || Ascii.EqualsIgnoreCase(type, "preamble"u8);

    private static bool IsAsciiLetter(byte b) => (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');

    /// <summary>What a plausible key is made of: no white space or control character, and none of the characters
    /// that end a key or belong to the syntax around it.</summary>
    private static bool IsKeyByte(byte b) => b > ' ' && b != 0x7F && "{}(),\"@%#=\\".IndexOf((char)b) < 0;

    private int SkipSpace(int i, int end)
    {
        while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) i++;
        return i;
    }
}
