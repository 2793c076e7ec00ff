using System.Diagnostics.CodeAnalysis;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The keys taken in one library, compared as BibTeX compares them (case-insensitively), and the rule that
/// turns a wanted key into a free one: vaswani2017attention, then vaswani2017attentiona, …b, …z, …aa.
/// </summary>
public sealed class CitationKeys
{
    private readonly HashSet<string> taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    // Per wanted key, the suffix number to try next: keys are never released, so every number below it is
    // taken, and papers sharing one wanted key cost constant time each instead of a walk from 'a'.
    private readonly Dictionary<string, int> nextSuffix =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    public bool IsTaken(string key) => taken.Contains(key);

    public void Take(string key) => taken.Add(key);

    /// <summary>Reserves and returns <paramref name="wanted"/>, or the first free suffixed form of it.</summary>
    public string TakeFree(string wanted)
    {
        var key = wanted;
        if (taken.Contains(key))
        {
            var n = nextSuffix.TryGetValue(wanted, out var next) ? next : 1;
            while (taken.Contains(key = wanted + Suffix(n))) n++;
            nextSuffix[wanted] = n + 1;
        }
        taken.Add(key);
        return key;
    }

    /// <summary>
    /// True when <paramref name="key"/> can be written as is: non-empty ASCII without , { } # % ~ ' " = ( ) \ or
    /// spaces.
    /// </summary>
    public static bool IsValid([NotNullWhen(true)] string? key) => !string.IsNullOrEmpty(key) && Sanitize(key) == key;

    /// <summary>
    /// True when an existing key can be written as it is: not empty, and free of white space, control characters
    /// and what TeX or a .bib reads specially (\ { } % # ~ ^ , "; &amp; and $ stay, as in ADS keys like
    /// 2004A&amp;A...424..927C). Letters beyond ASCII are allowed: biber reads UTF-8 keys, and a library's own keys
    /// are cited in its documents.
    /// </summary>
    public static bool IsSafe([NotNullWhen(true)] string? key)
    {
        if (string.IsNullOrEmpty(key)) return false;
        foreach (var c in key)
            if (char.IsWhiteSpace(c) || char.IsControl(c) || UnsafeInKeys.IndexOf(c) >= 0) return false;
        return true;
    }

    private const string UnsafeInKeys = "\\{}%#~^,\"";

    /// <summary>Keeps the characters a key may hold everywhere: ASCII letters, digits and - _ : . / +.</summary>
    public static string Sanitize(string text) => Filter(text, IsKeyChar);

    /// <summary>The characters of <paramref name="text"/> that <paramref name="kept"/> accepts, in order: the text
    /// itself when it accepts them all, so a clean key or word costs no copy.</summary>
    internal static string Filter(string text, Func<char, bool> kept)
    {
        var count = 0;
        foreach (var c in text)
            if (kept(c)) count++;
        if (count == text.Length) return text;
        return string.Create(count, (text, kept), (chars, state) =>
        {
            var at = 0;
            foreach (var c in state.text)
                if (state.kept(c)) chars[at++] = c;
        });
    }

    private static bool IsKeyChar(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_:./+".IndexOf(c) >= 0;

    // 1 → a, 26 → z, 27 → aa: bijective base 26.
    private static string Suffix(int n)
    {
        var s = string.Empty;
        while (n > 0)
        {
            n--;
            s = (char)('a' + n % 26) + s;
            n /= 26;
        }
        return s;
    }
}
