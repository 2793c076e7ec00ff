using PaperTools.Search;

namespace PaperTools.Report;

/// <summary>
/// One group's or person's interests: Find-Paper queries (a paper matching any of them belongs to the profile),
/// optional categories (wildcards, as Find-Paper -Category) the paper must have one of, and who reads the list.
/// A profile with categories and no query takes every paper in those categories.
/// </summary>
/// <param name="Recipients">E-mail addresses (addr-spec) of the people the list goes to; may be empty.</param>
public sealed record InterestProfile(string Name, IReadOnlyList<SearchQuery> Queries,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Recipients)
{
    public override string ToString() => Name;
}
