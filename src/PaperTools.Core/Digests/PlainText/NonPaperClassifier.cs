using System;
using System.Text.RegularExpressions;

namespace PaperTools.Digests.PlainText
{
    /// <summary>
    /// Tells digest entries that are not papers from papers. Saved pages pick up PDF file names, text
    /// scraped from appendices (with the PDF's line numbers glued to words: "beige778 box"), section
    /// headings and news stories; each gets a reason a librarian can read in -Verbose output.
    /// </summary>
    public static class NonPaperClassifier
    {
        public const string PdfFileName = "PDF file name";
        public const string AppendixFragment = "appendix fragment";
        public const string PdfTextFragment = "text scraped from a PDF";
        public const string SectionHeading = "section heading";
        public const string NewsStory = "news story";

        private static readonly Regex PdfName = new Regex(@"^\S+\.pdf$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        // "Appendices776", "Appendix B12", "ALimitations777 As described…": a heading with a PDF line number glued on.
        private static readonly Regex AppendixHeading = new Regex(
            @"^(?:Appendix|Appendices|Supplementary(?:\s+Materials?)?|[A-H](?=[A-Z][a-z]))[A-Za-z ]*[0-9]{2,}\b",
            RegexOptions.CultureInvariant);

        // A lower-case word with a line number glued on ("trusted4", "watermark784", "years.16").
        // Only counted, so the white space after the number may be consumed: no lookahead, and NonBacktracking keeps
        // a 300,000-character line of letters linear.
        private static readonly Regex GluedLineNumber = new Regex(@"\b[a-z]{2,}[.,;:)]*[0-9]{1,3}(?:\s|$)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex NewsCue = new Regex(
            @"\b(?:said|says|is expected to|according to|Prime Minister|government|minister|officials?|spokesperson|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex ResearchCue = new Regex(
            @"\b(?:we|our|paper|propose[sd]?|method|model|results?|experiments?|dataset|algorithm|framework|approach|theory|learning|network)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        /// <summary>Why the entry is not a paper, or null when it is one. Either part may be null.</summary>
        public static string Classify(string title, string abstractText)
        {
            title = title ?? string.Empty;
            if (PdfName.IsMatch(title)) return PdfFileName;
            if (AppendixHeading.IsMatch(title)) return AppendixFragment;
            if (GluedLineNumber.Matches(title + " " + abstractText).Count >= 3) return PdfTextFragment;
            if (abstractText == null && title.Length > 0 && title.IndexOf(' ') < 0 && title.Length <= 24) return SectionHeading;
            if (abstractText != null && LooksLikeNews(title, abstractText)) return NewsStory;
            return null;
        }

        // News pages repeat the headline as the first words of the story; a research abstract does not.
        private static bool LooksLikeNews(string title, string body)
        {
            if (title.Length >= 20 && body.StartsWith(title, StringComparison.OrdinalIgnoreCase)) return true;
            return NewsCue.Matches(body).Count >= 3 && ResearchCue.Matches(body).Count == 0;
        }
    }
}
