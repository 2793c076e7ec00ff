using System.Diagnostics.CodeAnalysis;

namespace PaperTools.Search;

/// <summary>
/// PowerShell -like wildcards (* any run, ? one character, [abc] and [a-z] sets, ` escapes the next
/// character), ignoring case and diacritics: "*lojasiewicz*" matches "Łojasiewicz". The whole text must match.
/// An unclosed "[" is taken literally rather than refused. Immutable, so one pattern serves every paper.
/// </summary>
public sealed class GlobPattern
{
    private enum Kind { Literal, AnyOne, AnyRun, Set }

    private readonly struct Element
    {
        public Element(Kind kind, char literal = '\0', string? set = null)
        {
            Kind = kind;
            Literal = literal;
            Set = set ?? string.Empty;
        }

        public Kind Kind { get; }
        public char Literal { get; }

        /// <summary>Pairs of inclusive bounds: "az09" is [a-z0-9].</summary>
        public string Set { get; }
    }

    private readonly Element[] elements;

    // "*literal*", "literal*" and "literal" skip the general matcher; they are most of what people type.
    private readonly string? literal;
    private readonly bool leadingRun;
    private readonly bool trailingRun;

    public GlobPattern(string pattern)
    {
        Pattern = pattern ?? string.Empty;
        elements = Compile(TextNormalizer.FoldDiacritics(Pattern));
        literal = SimpleLiteral(out leadingRun, out trailingRun);
    }

    public string Pattern { get; }

    public bool IsMatch(string? text)
    {
        text = text ?? string.Empty;
        if (literal != null)
            return MatchesSimple(text, literal) || (!IsAscii(text)
                && MatchesSimple(TextNormalizer.FoldDiacritics(text), literal));
        return Matches(IsAscii(text) ? text : TextNormalizer.FoldDiacritics(text));
    }

    private bool MatchesSimple(string text, string literal)
    {
        if (leadingRun && trailingRun) return text.IndexOf(literal, StringComparison.OrdinalIgnoreCase) >= 0;
        if (trailingRun) return text.StartsWith(literal, StringComparison.OrdinalIgnoreCase);
        return string.Equals(text, literal, StringComparison.OrdinalIgnoreCase);
    }

    // Linear-time wildcard matching with one backtrack point: the most recent *.
    private bool Matches(string text)
    {
        int t = 0, p = 0, runAt = -1, runText = 0;
        while (t < text.Length)
        {
            if (p < elements.Length && elements[p].Kind == Kind.AnyRun)
            {
                runAt = p++;
                runText = t;
            }
            else if (p < elements.Length && Accepts(elements[p], Lower(text[t])))
            {
                p++;
                t++;
            }
            else if (runAt >= 0)
            {
                p = runAt + 1;
                t = ++runText;
            }
            else return false;
        }
        while (p < elements.Length && elements[p].Kind == Kind.AnyRun) p++;
        return p == elements.Length;
    }

    private static bool Accepts(Element element, char c)
    {
        switch (element.Kind)
        {
            case Kind.AnyOne: return true;
            case Kind.Literal: return element.Literal == c;
            case Kind.Set:
                for (var i = 0; i + 1 < element.Set.Length; i += 2)
                    if (c >= element.Set[i] && c <= element.Set[i + 1]) return true;
                return false;
            default: return false;
        }
    }

    private static Element[] Compile(string pattern)
    {
        var compiled = new List<Element>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '`' && i + 1 < pattern.Length) compiled.Add(new Element(Kind.Literal, pattern[++i]));
            else if (c == '*')
            {
                if (compiled.Count == 0
                    || compiled[compiled.Count - 1].Kind != Kind.AnyRun) compiled.Add(new Element(Kind.AnyRun));
            }
            else if (c == '?') compiled.Add(new Element(Kind.AnyOne));
            else if (c == '[' && TryCompileSet(pattern, ref i,
                out var set)) compiled.Add(new Element(Kind.Set, set: set));
            else compiled.Add(new Element(Kind.Literal, c));
        }
        return compiled.ToArray();
    }

    private static bool TryCompileSet(string pattern, ref int i, [NotNullWhen(true)] out string? set)
    {
        set = null;
        var close = pattern.IndexOf(']', i + 1);
        if (close < 0 || close == i + 1) return false;
        var bounds = new StringBuilder();
        for (var j = i + 1; j < close; j++)
        {
            if (j + 2 < close && pattern[j + 1] == '-')
            {
                bounds.Append(pattern[j]).Append(pattern[j + 2]);
                j += 2;
            }
            else bounds.Append(pattern[j]).Append(pattern[j]);
        }
        set = bounds.ToString();
        i = close;
        return true;
    }

    private string? SimpleLiteral(out bool leading, out bool trailing)
    {
        leading = elements.Length > 0 && elements[0].Kind == Kind.AnyRun;
        trailing = elements.Length > (leading ? 1 : 0) && elements[elements.Length - 1].Kind == Kind.AnyRun;
        var chars = new StringBuilder();
        for (var i = leading ? 1 : 0; i < elements.Length - (trailing ? 1 : 0); i++)
        {
            if (elements[i].Kind != Kind.Literal) return null;
            chars.Append(elements[i].Literal);
        }
        // "*literal" alone has no fast form here; the general matcher handles it.
        if (leading && !trailing) return null;
        return chars.ToString();
    }

    private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : char.ToLowerInvariant(c);

    // UTF-8 needs one byte per char exactly when every char is ASCII; the runtime counts that with SIMD.
    private static bool IsAscii(string text) => Encoding.UTF8.GetByteCount(text) == text.Length;

    public override string ToString() => Pattern;
}
