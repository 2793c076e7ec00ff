namespace PaperTools.Search;

/// <summary>Result order: best match first, newest first (Published, else DigestDate), or by title A-Z.</summary>
public enum SearchSort
{
    Relevance,
    Date,
    Title,
}
