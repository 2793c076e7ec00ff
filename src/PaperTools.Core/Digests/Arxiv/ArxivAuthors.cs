using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PaperTools.Digests.Arxiv
{
    /// <summary>
    /// Splits arXiv's one-line author lists ("A. Smith, B. Jones and C. Lee", "A. Smith (1), B. Jones (2) ((1) MIT,
    /// (2) CMU)") into names. Affiliation groups in parentheses and any markup are dropped.
    /// </summary>
    public static class ArxivAuthors
    {
        // A tag cannot hold "<": with "[^>]*" a line of 200,000 "<" made every one scan to the line's end.
        private static readonly Regex Markup = new Regex("<[^<>]*>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        private static readonly Regex Separator = new Regex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        public static string[] Split(string list)
        {
            var text = Whitespace.Collapse(DropParenthesised(Markup.Replace(list ?? string.Empty, string.Empty)));
            if (text == null) return Array.Empty<string>();
            var names = new List<string>();
            foreach (var part in Separator.Split(text))
            {
                var name = Whitespace.Collapse(part);
                if (name != null) names.Add(name);
            }
            return names.ToArray();
        }

        // Nested groups such as "((1) MIT, (2) CMU)" go as a whole.
        private static string DropParenthesised(string text)
        {
            if (text.IndexOf('(') < 0) return text;
            var kept = new System.Text.StringBuilder(text.Length);
            var depth = 0;
            foreach (var c in text)
            {
                if (c == '(') depth++;
                else if (c == ')' && depth > 0) depth--;
                else if (depth == 0) kept.Append(c);
            }
            return kept.ToString();
        }
    }
}
