namespace PaperTools.Search;

/// <summary>
/// Okapi BM25 with the usual k1 = 1.2, b = 0.75, computed per field and summed with field weights:
/// a word in the title counts <see cref="TitleWeight"/> times a word in the abstract.
/// </summary>
internal static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const double TitleWeight = 2.5;
    public const double AbstractWeight = 1.0;

    public static double Weight(SearchField field) => field == SearchField.Title ? TitleWeight
        : field == SearchField.Abstract ? AbstractWeight : 0;

    /// <summary>Rarer words weigh more; the +1 keeps words found in most documents from going negative.</summary>
    public static double Idf(int documentCount, int documentFrequency)
        => Math.Log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

    /// <summary>Saturating term frequency, normalised by how long this field is against the average.</summary>
    public static double Frequency(int frequency, int length, double averageLength)
    {
        var norm = K1 * (1 - B + B * (averageLength > 0 ? length / averageLength : 1));
        return frequency * (K1 + 1) / (frequency + norm);
    }
}
