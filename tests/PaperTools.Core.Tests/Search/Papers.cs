using System;

namespace PaperTools.Tests.Search;

/// <summary>Small hand-made papers for search tests.</summary>
internal static class Papers
{
    public static Paper Make(string title, string abstractText = null, string[] authors = null, string[] categories = null,
                             string arxivId = null, DateTime? published = null, DateTime? digestDate = null, string doi = null)
        => new Paper
        {
            Title = title,
            Abstract = abstractText,
            Authors = authors ?? Array.Empty<string>(),
            Categories = categories ?? Array.Empty<string>(),
            ArxivId = arxivId,
            Published = published,
            DigestDate = digestDate,
            Doi = doi,
        };
}
