using System.Text;

namespace PaperTools
{
    /// <summary>Collapses every run of white space (line breaks, tabs, no-break spaces) to one space.</summary>
    public static class Whitespace
    {
        /// <summary>The text on one line, trimmed; null when nothing but white space is left.</summary>
        public static string Collapse(string text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            var sb = new StringBuilder(text.Length);
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
            return sb.Length == 0 ? null : sb.ToString();
        }
    }
}
