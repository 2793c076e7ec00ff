using System;

namespace PaperTools.Identity
{
    /// <summary>
    /// Titles as the same-work rule compares them. The key is the normalised title (case, punctuation, diacritics and
    /// white space folded: <see cref="TextNormalizer.NormalizeTitle"/>) with mojibake repaired first and the spaces then
    /// taken out, so words glued by PDF extraction ("ALarge-scale") meet their spaced form ("A Large-scale"). A title
    /// ending in "…" or "..." was cut short (Google Scholar cuts long ones); its key is the part before the ellipsis.
    /// </summary>
    internal static class TitleKeys
    {
        public static string Of(string title, out bool truncated, out bool cutAtWordEnd)
        {
            var body = CutTitle.WithoutEllipsis(title, out truncated);
            // "Knowledge …" or "Learning: …" ends with a whole word; "Knowl…" may not.
            cutAtWordEnd = truncated && body.Length > 0 && !char.IsLetterOrDigit(body[body.Length - 1]);
            var spaced = TextNormalizer.NormalizeTitle(MojibakeRepair.Repair(body));
            if (spaced.Length == 0) return null;
            return spaced.IndexOf(' ') < 0 ? spaced : spaced.Replace(" ", string.Empty);
        }

        /// <summary>The normalised title with its spaces (the ellipsis of a cut title left out).</summary>
        public static string Spaced(string title) => TextNormalizer.NormalizeTitle(MojibakeRepair.Repair(CutTitle.WithoutEllipsis(title, out _)));
    }
}
