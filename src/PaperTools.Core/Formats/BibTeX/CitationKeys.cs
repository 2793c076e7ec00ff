using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The keys taken in one library, compared as BibTeX compares them (case-insensitively), and the rule that
/// turns a wanted key into a free one: vaswani2017attention, then vaswani2017attentiona, …b, …z, …aa. An export
/// session also notes here which keys it wrote an entry under, and from which file.
/// </summary>
public sealed class CitationKeys
{
    // Each key taken, and, once an entry was written under it, where that entry came from: its .bib, or MadeAnew
    // for one the export made (null: taken, nothing written yet). One reference a key, so a large session's table is
    // small: one entry a key, one lookup to take it and another to note it written.
    private readonly Dictionary<string, object?> taken = new(StringComparer.OrdinalIgnoreCase);
    private static readonly object MadeAnew = new();

    // Per wanted key, the suffix number to try next: keys are never released, so every number below it is
    // taken, and papers sharing one wanted key cost constant time each instead of a walk from 'a'.
    private readonly Dictionary<string, int> nextSuffix =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    public bool IsTaken(string key) => taken.ContainsKey(key);

    /// <summary>Makes room for <paramref name="keys"/> more keys at once (a session's input, counted).</summary>
    internal void EnsureCapacity(int keys) => taken.EnsureCapacity(taken.Count + keys);

    public void Take(string key) => taken.TryAdd(key, null);

    /// <summary>Reserves and returns <paramref name="wanted"/>, or the first free suffixed form of it.</summary>
    public string TakeFree(string wanted)
    {
        if (taken.TryAdd(wanted, null)) return wanted;
        var n = nextSuffix.TryGetValue(wanted, out var next) ? next : 1;
        string key;
        while (!taken.TryAdd(key = Suffixed(wanted, n), null)) n++;
        nextSuffix[wanted] = n + 1;
        return key;
    }

    /// <summary>Takes <paramref name="key"/> as the key an entry was written under, the first one written keeping
    /// it: from <paramref name="document"/>, or made anew (null).</summary>
    internal void Wrote(string key, BibTeXDocument? document)
    {
        ref var writtenFrom = ref CollectionsMarshal.GetValueRefOrAddDefault(taken, key, out _);
        writtenFrom ??= (object?)document ?? MadeAnew;
    }

    /// <summary>True when an entry was written under <paramref name="key"/>; <paramref name="document"/> is the .bib
    /// it came from, null for one made anew.</summary>
    internal bool WasWritten(string key, out BibTeXDocument? document)
    {
        taken.TryGetValue(key, out var writtenFrom);
        document = writtenFrom as BibTeXDocument;
        return writtenFrom != null;
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
    public static string Sanitize(string text)
    {
        var kept = new StringBuilder(text);
        Sanitize(kept);
        return kept.Length == text.Length ? text : kept.ToString();
    }

    /// <summary>As <see cref="Sanitize(string)"/>, in place.</summary>
    public static void Sanitize(StringBuilder text)
    {
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_:./+".IndexOf(c) >= 0)
                text[kept++] = c;
        }
        text.Length = kept;
    }

    // The wanted key and the suffix of n (1 → a, 26 → z, 27 → aa: bijective base 26), made as one string.
    private static string Suffixed(string wanted, int n)
    {
        var letters = 0;
        for (var m = n; m > 0; m = (m - 1) / 26) letters++;
        return string.Create(wanted.Length + letters, (wanted, n), static (key, state) =>
        {
            state.wanted.AsSpan().CopyTo(key);
            for (int m = state.n, i = key.Length - 1; m > 0; m = (m - 1) / 26, i--) key[i] = (char)('a' + (m - 1) % 26);
        });
    }
}
