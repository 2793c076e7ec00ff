namespace PaperTools.Validation;

/// <summary>The years a year or date field can carry: four digits, as bibtex's purify$ and biblatex's date parser read
/// them.</summary>
public static class PublicationDate
{
    public static bool IsWritableYear(int year) => year >= 1 && year <= 9999;
}
