using System;
using System.Collections.Generic;
using System.Text;

namespace PaperTools.Benchmarks;

/// <summary>
/// Repeatable fake papers: titles of 8-12 words and abstracts of 150-200 words drawn from a 100,000-word
/// Zipfian vocabulary (s = 1, as in English text), 2-6 authors, 1-3 arXiv categories, an arXiv id for 90%.
/// A few real words sit at realistic ranks so the benchmark queries read like a librarian's, and about one
/// word in a thousand carries a diacritic so the folding path is exercised.
/// </summary>
internal sealed class SyntheticCorpus
{
    public const int VocabularySize = 100_000;

    /// <summary>Real words planted at Zipf ranks near where they fall in arXiv abstracts.</summary>
    public static readonly IReadOnlyDictionary<int, string> PlantedWords = new Dictionary<int, string>
    {
        [12] = "learning", [40] = "model", [150] = "loss", [900] = "face", [1500] = "margin",
        [2500] = "generalization", [4000] = "softmax", [6000] = "contrastive", [9000] = "speaker", [30000] = "łojasiewicz",
    };

    private static readonly string[] Syllables =
    {
        "ka", "lo", "mi", "ne", "ra", "ti", "su", "ve", "do", "pa", "qui", "ber", "gan", "tor", "lin", "mer",
        "sta", "tis", "con", "vex", "opt", "graph", "net", "form", "ent", "ion", "al", "ic", "ar", "ed",
    };

    private static readonly string[] Categories =
    {
        "cs.LG", "cs.CV", "cs.CL", "cs.AI", "stat.ML", "cs.RO", "cs.IR", "cs.NE", "math.OC", "cs.CR", "cs.DS", "eess.AS",
        "eess.IV", "cs.SD", "cs.HC", "physics.comp-ph", "q-bio.NC", "math.ST", "cs.MA", "cs.GT",
    };

    private readonly string[] vocabulary = new string[VocabularySize];
    private readonly double[] cumulative = new double[VocabularySize];
    private readonly string[] firstNames;
    private readonly string[] lastNames;
    private readonly Random random;

    public SyntheticCorpus(int seed)
    {
        random = new Random(seed);
        var seen = new HashSet<string>(PlantedWords.Values);
        for (var rank = 0; rank < VocabularySize; rank++)
            vocabulary[rank] = PlantedWords.TryGetValue(rank, out var planted) ? planted : NewWord(rank, seen);
        var total = 0.0;
        for (var rank = 0; rank < VocabularySize; rank++) cumulative[rank] = total += 1.0 / (rank + 1);
        for (var rank = 0; rank < VocabularySize; rank++) cumulative[rank] /= total;
        firstNames = Names(300, seen);
        lastNames = Names(5000, seen);
    }

    public List<Paper> Generate(int count)
    {
        var papers = new List<Paper>(count);
        var text = new StringBuilder(2048);
        var start = new DateTime(2023, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var published = start.AddDays(random.Next(0, 3 * 365));
            papers.Add(new Paper
            {
                Title = Title(text),
                Abstract = Abstract(text),
                Authors = Authors(),
                Categories = PaperCategories(),
                Published = published,
                ArxivId = random.Next(10) == 0 ? null : $"{published:yyMM}.{random.Next(0, 100000):00000}",
                Source = "synthetic",
                SourceLine = i + 1,
            });
        }
        return papers;
    }

    private string Title(StringBuilder text)
    {
        text.Clear();
        var words = random.Next(8, 13);
        for (var w = 0; w < words; w++)
        {
            var word = NextWord();
            if (w > 0) text.Append(' ');
            text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            if (w == 1 && random.Next(3) == 0) text.Append(':');
        }
        return text.ToString();
    }

    private string Abstract(StringBuilder text)
    {
        text.Clear();
        var words = random.Next(150, 201);
        var sentenceStart = true;
        for (var w = 0; w < words; w++)
        {
            var word = NextWord();
            if (w > 0) text.Append(' ');
            if (sentenceStart) text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            else text.Append(word);
            sentenceStart = false;
            var mark = random.Next(100);
            if (mark < 6) { text.Append('.'); sentenceStart = true; }
            else if (mark < 11) text.Append(',');
        }
        return text.Append('.').ToString();
    }

    private string[] Authors()
    {
        var authors = new string[random.Next(2, 7)];
        for (var i = 0; i < authors.Length; i++)
            authors[i] = firstNames[random.Next(firstNames.Length)] + " " + lastNames[ZipfIndex(lastNames.Length)];
        return authors;
    }

    private string[] PaperCategories()
    {
        var categories = new string[random.Next(1, 4)];
        for (var i = 0; i < categories.Length; i++) categories[i] = Categories[ZipfIndex(Categories.Length)];
        return categories;
    }

    private string NextWord()
    {
        var u = random.NextDouble();
        var rank = Array.BinarySearch(cumulative, u);
        if (rank < 0) rank = ~rank;
        return vocabulary[Math.Min(rank, VocabularySize - 1)];
    }

    // A cheap skew for names and categories: a few are common, most are rare.
    private int ZipfIndex(int count) => (int)(count * Math.Pow(random.NextDouble(), 2.5));

    private string NewWord(int rank, HashSet<string> seen)
    {
        // Frequent words are short, as in real text: 1-2 syllables near the top, up to 5 in the tail.
        var syllables = 1 + Math.Min(4, (int)Math.Log10(rank + 2)) + random.Next(0, 2);
        while (true)
        {
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++) word.Append(Syllables[random.Next(Syllables.Length)]);
            if (random.Next(1000) == 0) word[random.Next(word.Length)] = "éöüçñł"[random.Next(6)];
            if (seen.Add(word.ToString())) return word.ToString();
            syllables++;
        }
    }

    private string[] Names(int count, HashSet<string> seen)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var word = NewWord(1000 + i, seen);
            names[i] = char.ToUpperInvariant(word[0]) + word.Substring(1);
        }
        return names;
    }
}
