using System.Collections.Generic;
using System.Text;

namespace PaperTools.BibTeX
{
    /// <summary>One entry ready to write: type, key and fields in their fixed order, values already escaped.</summary>
    public sealed class BibTeXEntry
    {
        /// <summary>Field names are padded to this width so the = signs line up (archivePrefix is the longest).</summary>
        private const int NameWidth = 13;

        public BibTeXEntry(string type, string key)
        {
            Type = type;
            Key = key;
        }

        public string Type { get; }
        public string Key { get; }
        public List<BibTeXField> Fields { get; } = new List<BibTeXField>();

        /// <summary>Adds a braced field; empty values are left out, so an entry never carries an empty field.</summary>
        public void Add(string name, string value)
        {
            if (!string.IsNullOrEmpty(value)) Fields.Add(new BibTeXField(name, value, isMacro: false));
        }

        /// <summary>Adds a field whose value is a macro name written bare (month = jun).</summary>
        public void AddMacro(string name, string macro) => Fields.Add(new BibTeXField(name, macro, isMacro: true));

        /// <summary>The entry as text, lines joined by <paramref name="newLine"/>, without a final line break.</summary>
        public string ToText(string newLine = "\n")
        {
            var sb = new StringBuilder();
            sb.Append('@').Append(Type).Append('{').Append(Key).Append(',');
            for (var i = 0; i < Fields.Count; i++)
            {
                var field = Fields[i];
                sb.Append(newLine).Append("  ").Append(field.Name.PadRight(NameWidth)).Append(" = ");
                if (field.IsMacro) sb.Append(field.Value);
                else sb.Append('{').Append(field.Value).Append('}');
                if (i < Fields.Count - 1) sb.Append(',');
            }
            sb.Append(newLine).Append('}');
            return sb.ToString();
        }

        public override string ToString() => ToText();
    }
}
