namespace PaperTools.Search;

/// <summary>The parts of a paper a query term can name with a prefix (title:, author:…); Any means title or
/// abstract.</summary>
public enum SearchField
{
    Any,
    Title,
    Abstract,
    Author,
    Category,
    Id,
}
