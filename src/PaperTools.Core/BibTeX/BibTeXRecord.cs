using System;
using System.Collections.Generic;

namespace PaperTools.BibTeX
{
    /// <summary>One entry as a .bib file spells it: type, key and field values (macros expanded, # joined, still LaTeX).</summary>
    public sealed class BibTeXRecord
    {
        public BibTeXRecord(string type, string key, int line)
        {
            Type = type;
            Key = key;
            Line = line;
        }

        /// <summary>Entry type, lower case: article, misc, inproceedings …</summary>
        public string Type { get; }
        public string Key { get; }

        /// <summary>1-based line of the entry's @.</summary>
        public int Line { get; }

        /// <summary>Fields by lower-case name; a repeated field keeps its first value, as bibtex does.</summary>
        public Dictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public string this[string name] => Fields.TryGetValue(name, out var value) ? value : null;
    }
}
