using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PaperTools.Search;

/// <summary>
/// Splits text into searchable words: runs of letters and digits, lower-cased, diacritics folded through
/// <see cref="TextNormalizer.FoldDiacritics"/> and plural-stemmed. ASCII words never allocate, which is what
/// keeps indexing a million abstracts fast; a word with other letters is folded once as a string.
/// One instance holds one reusable buffer, so it is not thread-safe.
/// </summary>
internal sealed class WordTokenizer
{
    /// <summary>Longer runs (base64, hashes) are cut here, identically for index and query.</summary>
    public const int MaxWordLength = 64;

    private readonly char[] buffer = new char[MaxWordLength];
    private readonly bool stem;

    public WordTokenizer(bool stem = true)
    {
        this.stem = stem;
    }

    /// <summary>The current word: <see cref="Buffer"/>[0..<see cref="Length"/>).</summary>
    public char[] Buffer => buffer;
    public int Length { get; private set; }

    /// <summary>
    /// Finds the next word in text at or after position; returns false at the end. On true, the word is in
    /// Buffer/Length and position is just past it.
    /// </summary>
    public bool Next(string text, ref int position)
    {
        Length = Next(text, ref position, buffer, 0);
        return Length != 0;
    }

    /// <summary>
    /// The same word as <see cref="Next(string, ref int)"/>, written straight into destination at offset, which needs
    /// room for <see cref="MaxWordLength"/> characters; returns its length, 0 at the end of text. The index reads a
    /// text's words this way, each beside the one before, so no word is copied a second time.
    /// </summary>
    public int Next(string text, ref int position, char[] destination, int offset)
    {
        var map = AsciiMap;
        var word = destination.AsSpan(offset, MaxWordLength);
        var end = text.Length;
        var i = position;
        while (true)
        {
            for (; i < end; i++)
            {
                var c = text[i];
                if (c < 128 ? map[c] != 0 : IsWordChar(c)) break;
            }
            if (i >= end)
            {
                position = end;
                return 0;
            }
            var length = end - i >= ShortWordLanes ? ShortAsciiWord(text.AsSpan(i, ShortWordLanes), word) : 0;
            if (length != 0)
            {
                position = i + length;
                return stem ? LightStemmer.Stem(word, length) : length;
            }
            var needsFolding = false;
            for (; i < end; i++)
            {
                var c = text[i];
                if (c < 128)
                {
                    var lower = map[c];
                    if (lower == 0) break;
                    if (length < MaxWordLength) word[length++] = lower;
                }
                else
                {
                    if (!IsWordChar(c)) break;
                    if (length < MaxWordLength) word[length++] = c;
                    needsFolding = true;
                }
            }
            if (needsFolding) length = Fold(word, length);
            if (length == 0) continue; // only combining marks: nothing to search for
            position = i;
            return stem ? LightStemmer.Stem(word, length) : length;
        }
    }

    private const int ShortWordLanes = 16;

    /// <summary>
    /// The word at the start of sixteen ASCII characters, lower-cased into word, when it ends among them (most words
    /// do): its length, found with a few vector instructions instead of a branch per character. 0 when a character is
    /// not ASCII or the word runs on: then the word is read character by character.
    /// </summary>
    private static int ShortAsciiWord(ReadOnlySpan<char> sixteen, Span<char> word)
    {
        var chars = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(sixteen));
        if (Vector256.GreaterThanAny(chars, Vector256.Create((ushort)127))) return 0;
        var ends = ~AsciiWords.IsWordChar(chars).ExtractMostSignificantBits() & 0xFFFFu;
        if (ends == 0) return 0;
        var upper = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'A'),
                                              Vector256.Create((ushort)('Z' - 'A')));
        var lower = chars + (upper & Vector256.Create((ushort)32));
        lower.CopyTo(MemoryMarshal.Cast<char, ushort>(word));
        return BitOperations.TrailingZeroCount(ends);
    }

    /// <summary>All words of text as strings (query side and phrase checks; the index uses
    /// <see cref="Next"/>).</summary>
    public List<string> Words(string text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var position = 0;
        while (Next(text, ref position)) words.Add(new string(buffer, 0, Length));
        return words;
    }

    private static int Fold(Span<char> word, int length)
    {
        var folded = TextNormalizer.FoldDiacritics(new string(word.Slice(0, length)));
        var kept = 0;
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c) && kept < MaxWordLength) word[kept++] = c;
        return kept;
    }

    /// <summary>ASCII letters and digits to their lower-case form; every other ASCII character to 0 (a
    /// separator).</summary>
    private static readonly char[] AsciiMap = BuildAsciiMap();

    private static char[] BuildAsciiMap()
    {
        var map = new char[128];
        for (var c = '0'; c <= '9'; c++) map[c] = c;
        for (var c = 'a'; c <= 'z'; c++) map[c] = c;
        for (var c = 'A'; c <= 'Z'; c++) map[c] = (char)(c + 32);
        return map;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 128) return AsciiMap[c] != 0;
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }
}
