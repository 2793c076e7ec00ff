using PaperTools.Search;

namespace PaperTools.Report;

/// <summary>
/// One group's or person's interests: Find-Paper queries (a paper matching any of them belongs to the profile),
/// optional categories (wildcards, as Find-Paper -Category) the paper must have one of, and who reads the list.
/// A profile with categories and no query takes every paper in those categories.
/// </summary>
public sealed class InterestProfile
{
    public InterestProfile(string name, IReadOnlyList<SearchQuery> queries, IReadOnlyList<string> categories,
        IReadOnlyList<string> recipients)
    {
        Name = name;
        Queries = queries;
        Categories = categories;
        Recipients = recipients;
    }

    public string Name { get; }
    public IReadOnlyList<SearchQuery> Queries { get; }
    public IReadOnlyList<string> Categories { get; }

    /// <summary>E-mail addresses (addr-spec) of the people the list goes to; may be empty.</summary>
    public IReadOnlyList<string> Recipients { get; }

    public override string ToString() => Name;
}
