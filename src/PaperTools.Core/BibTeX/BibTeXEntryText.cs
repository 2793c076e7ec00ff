using System;
using System.Collections.Generic;
using System.Text;

namespace PaperTools.BibTeX
{
    /// <summary>How the exporter lays out an entry it writes: one field per line, names padded so the = signs line up.</summary>
    internal static class BibTeXEntryText
    {
        /// <summary>archivePrefix, the longest name the exporter makes, sets the width.</summary>
        private const int NameWidth = 13;

        /// <summary>
        /// The entry laid out from <paramref name="fields"/>. Its fields are then places in its text, like the fields of
        /// an entry read from a file: the values they were made from are dropped at once, not kept twice.
        /// </summary>
        public static BibTeXEntry Made(string type, string key, IReadOnlyList<BibTeXField> fields, string newLine, int line, BibTeXDocument document, int position)
        {
            // Sized to fit, so the text is built in one buffer (an abstract makes it long).
            var length = type.Length + key.Length + 4 + newLine.Length;
            foreach (var field in fields) length += newLine.Length + Math.Max(field.Name.Length, NameWidth) + field.Value.Length + 6;
            var sb = new StringBuilder(length);
            var valueStarts = new int[fields.Count];
            sb.Append('@').Append(type).Append('{').Append(key).Append(',');
            for (var i = 0; i < fields.Count; i++)
            {
                var name = fields[i].Name;
                sb.Append(newLine).Append("  ").Append(name).Append(' ', Math.Max(NameWidth - name.Length, 0)).Append(" = ");
                valueStarts[i] = sb.Length;
                sb.Append(fields[i].Value);
                if (i < fields.Count - 1) sb.Append(',');
            }
            sb.Append(newLine).Append('}');
            var text = sb.ToString();
            var placed = new BibTeXField[fields.Count];
            for (var i = 0; i < fields.Count; i++) placed[i] = new BibTeXField(fields[i].Name, text, valueStarts[i], fields[i].Value.Length);
            return new BibTeXEntry(type, key, placed, text, 0, text.Length, line, document, position);
        }

        /// <summary>
        /// <paramref name="text"/>, an entry as written, with its type and key replaced and every other character kept:
        /// "@Article{old, …" becomes "@Article{new, …".
        /// </summary>
        public static string ReplaceHeader(string text, string type, string key)
        {
            var i = 1;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var typeStart = i;
            while (i < text.Length && BibTeXParser.IsNameChar(text[i])) i++;
            var typeEnd = i;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) return text;
            var closer = text[i] == '(' ? ')' : '}';
            i++;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var keyStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ',' && text[i] != closer) i++;
            return text.Substring(0, typeStart) + type + text.Substring(typeEnd, keyStart - typeEnd) + key + text.Substring(i);
        }
    }
}
