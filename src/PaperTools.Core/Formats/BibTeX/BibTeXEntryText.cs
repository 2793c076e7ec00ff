using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>How the exporter lays out an entry it writes: one field per line, names padded so the = signs line
/// up.</summary>
internal static class BibTeXEntryText
{
    /// <summary>archivePrefix, the longest name the exporter makes, sets the width.</summary>
    private const int NameWidth = 13;

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// The entry laid out from <paramref name="fields"/> (named <paramref name="names"/>, an array the entry keeps and
    /// may share with others) in <paramref name="buffer"/>, as UTF-8, made values
    /// (<paramref name="values"/>) encoded straight into it. Its fields are then places in its text, like the fields of
    /// an entry read from a file, made on demand (<see cref="MadeEntryFields"/>): the values they were made from are
    /// not kept twice.
    /// </summary>
    public static BibTeXEntry Made(string type, string key, IReadOnlyList<MadeField> fields, string[] names,
        ReadOnlySpan<char> values, string newLine, int line, BibTeXDocument? document, int position,
        EntryTextBuffer buffer)
    {
        // Room for the text at its most (three bytes a UTF-16 character).
        var length = type.Length + key.Length + 3 + newLine.Length + 1;
        // By index, here and below: a foreach over the read-only list would box its enumerator for every entry.
        for (var i = 0; i < fields.Count; i++)
            length += newLine.Length + 2 + Math.Max(fields[i].Name.Length, NameWidth) + 3 + fields[i].ValueLength + 1;
        if (fields.Count > 0) length--;
        var span = buffer.Reserve(checked(length * 3));
        var at = 0;
        span[at++] = (byte)'@';
        at += Utf8.GetBytes(type, span.Slice(at));
        span[at++] = (byte)'{';
        at += Utf8.GetBytes(key, span.Slice(at));
        span[at++] = (byte)',';
        // Where each value's bytes begin and end in the text, from the entry's start until it is kept.
        var bounds = new int[2 * fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            at += Utf8.GetBytes(newLine, span.Slice(at));
            span[at++] = (byte)' ';
            span[at++] = (byte)' ';
            at += Utf8.GetBytes(field.Name, span.Slice(at));
            for (var pad = field.Name.Length; pad < NameWidth; pad++) span[at++] = (byte)' ';
            span[at++] = (byte)' ';
            span[at++] = (byte)'=';
            span[at++] = (byte)' ';
            bounds[2 * i] = at;
            if (field.Kept != null) at += field.Kept.CopyValueUtf8To(span.Slice(at));
            else
            {
                span[at++] = (byte)'{';
                at += Utf8.GetBytes(values.Slice(field.Start, field.Length), span.Slice(at));
                span[at++] = (byte)'}';
            }
            bounds[2 * i + 1] = at;
            if (i < fields.Count - 1) span[at++] = (byte)',';
        }
        at += Utf8.GetBytes(newLine, span.Slice(at));
        span[at++] = (byte)'}';
        var text = buffer.Keep(at, out var start);
        for (var i = 0; i < bounds.Length; i++) bounds[i] += start;
        return BibTeXEntry.Made(type, key, new MadeEntryFields(text, names, bounds),
            SourceText.FromUtf8(text, start, at), line, document, position);
    }

    /// <summary>
    /// <paramref name="text"/>, an entry as written, with its type and key replaced and every other character kept:
    /// "@Article{old, …" becomes "@Article{new, …". An entry the parser read without a key
    /// (<paramref name="readKey"/> empty) that has a word where the key would be ("@techreport{\n  author = …", its
    /// first field's name) gets the key before it.
    /// </summary>
    public static string ReplaceHeader(string text, string type, string readKey, string key)
    {
        var i = 1;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var typeStart = i;
        while (i < text.Length && BibTeXParser.IsNameChar(text[i])) i++;
        var typeEnd = i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length) return text;
        var closer = text[i] == '(' ? ')' : '}';
        var open = ++i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var keyStart = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ',' && text[i] != closer) i++;
        if (readKey.Length == 0 && i > keyStart)
            return text.Substring(0, typeStart) + type + text.Substring(typeEnd, open - typeEnd) + key + ","
                + text.Substring(open);
        return text.Substring(0, typeStart) + type + text.Substring(typeEnd, keyStart - typeEnd) + key
            + text.Substring(i);
    }
}
