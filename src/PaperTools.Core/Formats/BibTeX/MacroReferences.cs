using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The @string definitions an entry needs from its file: the macros its values name (journal = pami), and the
/// macros those definitions name in turn, each as the last definition before the entry. Written before an
/// entry that leaves its file (appended to another library, converted alone), they keep it meaning the same.
/// </summary>
internal static class MacroReferences
{
    /// <summary>The @string blocks <paramref name="entry"/> depends on, in file order.</summary>
    public static List<BibTeXBlock> Needed(BibTeXEntry entry)
    {
        var result = new List<BibTeXBlock>();
        if (entry.Document == null) return result;
        var definitions = entry.Document.Blocks.Where(b => b.Kind == BibTeXBlockKind.String
            && b.Position < entry.Position).ToList();
        if (definitions.Count == 0) return result;
        var chosen = new HashSet<BibTeXBlock>();
        var pending = new Stack<(string Name, int Before)>(entry.Fields.SelectMany(f => Names(f.Value)).Select(n =>
            (n, entry.Position)));
        while (pending.Count > 0)
        {
            var (name, before) = pending.Pop();
            var definition = definitions.LastOrDefault(b => b.Position < before && string.Equals(b.MacroName, name,
                StringComparison.OrdinalIgnoreCase));
            if (definition == null || !chosen.Add(definition)) continue;
            foreach (var inner in Names(definition.MacroValue)) pending.Push((inner, definition.Position));
        }
        result.AddRange(definitions.Where(chosen.Contains));
        return result;
    }

    /// <summary>
    /// <paramref name="entry"/> read again as bibtex reads it, after the @string definitions it needs from its file
    /// (for an entry whose fields were put together: a field list re-read, an inherited field's macros); null when
    /// it does not read as one entry.
    /// </summary>
    public static BibTeXEntryValues? Reread(BibTeXEntry entry, string source)
    {
        var text = new StringBuilder();
        foreach (var definition in Needed(entry)) text.Append(definition.Text).Append('\n');
        text.Append('@').Append(entry.Type).Append('{').Append(entry.Key).Append(",\n");
        foreach (var field in entry.Fields) text.Append(field.Name).Append(" = ").Append(field.Value).Append(",\n");
        var parsed = BibTeXParser.Parse(text.Append("}\n").ToString(), source, _ => { });
        return parsed.Records.Count == 1 ? parsed.Records[0] : null;
    }

    /// <summary>The macro names a value as written uses: the bare words between its braced, quoted and numeric
    /// parts.</summary>
    public static IEnumerable<string> Names(string? value)
    {
        if (string.IsNullOrEmpty(value)) yield break;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c == '{')
            {
                var level = 0;
                for (; i < value.Length; i++)
                {
                    if (value[i] == '{') level++;
                    else if (value[i] == '}' && --level == 0) break;
                }
                i++;
            }
            else if (c == '"')
            {
                var level = 0;
                for (i++; i < value.Length && !(value[i] == '"' && level == 0); i++)
                {
                    if (value[i] == '{') level++;
                    else if (value[i] == '}') level--;
                }
                i++;
            }
            else if (c >= '0' && c <= '9' || c == '#' || char.IsWhiteSpace(c)) i++;
            else if (BibTeXParser.IsNameChar(c))
            {
                var start = i;
                while (i < value.Length && BibTeXParser.IsNameChar(value[i])) i++;
                yield return value.Substring(start, i - start);
            }
            else i++;
        }
    }
}
