namespace PaperTools;

/// <summary>
/// The one table of characters and their LaTeX spellings, read in both directions: decoding
/// (arXiv e-mails, .bib files) and encoding (the BibTeX writer's ASCII mode).
/// </summary>
public static class LatexCharacters
{
    /// <summary>Accent commands and the combining mark each one puts on the following letter.</summary>
    public static IReadOnlyDictionary<char, char> Accents { get; } = new Dictionary<char, char>
    {
        ['`'] = '\u0300', ['\''] = '\u0301', ['^'] = '\u0302', ['~'] = '\u0303', ['='] = '\u0304',
        ['u'] = '\u0306', ['.'] = '\u0307', ['"'] = '\u0308', ['r'] = '\u030A', ['H'] = '\u030B',
        ['v'] = '\u030C', ['d'] = '\u0323', ['c'] = '\u0327', ['k'] = '\u0328', ['b'] = '\u0331',
    };

    /// <summary>
    /// An accent over nothing (\^{}, \~{}, {\'}) as its spacing character, as pybtex's latexcodec reads it (ˆ, ˜,
    /// ´); one without a spacing form (\d{}, \b{}) on a no-break space. Never put on the letter before it.
    /// </summary>
    public static string Alone(char mark) => mark switch
    {
        '\u0300' => "`", '\u0301' => "´", '\u0302' => "ˆ", '\u0303' => "˜", '\u0304' => "¯", '\u0306' => "˘",
        '\u0307' => "˙", '\u0308' => "¨", '\u030A' => "˚", '\u030B' => "˝", '\u030C' => "ˇ", '\u0327' => "¸",
        '\u0328' => "˛",
        _ => "\u00A0" + mark,
    };

    /// <summary>Letter commands without argument: \ss, \o, \L, \ae …</summary>
    public static IReadOnlyDictionary<string, string> Letters { get; } = new Dictionary<string, string>
    {
        ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł",
        ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å",
        ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
        ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ",
    };

    /// <summary>Symbol commands of text mode: \textendash, \euro …</summary>
    public static IReadOnlyDictionary<string, string> TextSymbols { get; } = new Dictionary<string, string>
    {
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textbullet"] = "•", ["dag"] = "†",
        ["ddag"] = "‡", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["textregistered"] = "®",
        ["texttrademark"] = "™", ["euro"] = "€", ["pounds"] = "£", ["textdegree"] = "°", ["ldots"] = "…",
        ["dots"] = "…", ["textellipsis"] = "…", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["textexclamdown"] = "¡", ["textquestiondown"] = "¿",
        // The TeX family's logos read as their names ("The {\TeX}book" is The TeXbook), never as nothing.
        ["TeX"] = "TeX", ["LaTeX"] = "LaTeX", ["LaTeXe"] = "LaTeX2e", ["BibTeX"] = "BibTeX",
            ["XeTeX"] = "XeTeX", ["LuaTeX"] = "LuaTeX",
        // Characters LaTeX reserves that have no backslash escape of their own; the BibTeX writer spells
        // them this way because a bare brace, even as \{, counts in BibTeX's brace matching.
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        ["textbraceleft"] = "{", ["textbraceright"] = "}",
    };

    /// <summary>Greek letters and common math symbols, written in math mode ($\alpha$).</summary>
    public static IReadOnlyDictionary<string, string> MathSymbols { get; } = new Dictionary<string, string>
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ",
        ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["infty"] = "∞", ["pm"] = "±", ["times"] = "×", ["cdot"] = "·", ["leq"] = "≤", ["geq"] = "≥",
        ["neq"] = "≠", ["approx"] = "≈", ["sim"] = "∼", ["rightarrow"] = "→", ["leftarrow"] = "←",
        ["to"] = "→", ["in"] = "∈", ["ell"] = "ℓ", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑",
        ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√", ["emptyset"] = "∅",
        ["forall"] = "∀", ["exists"] = "∃",
    };

    /// <summary>
    /// Commands that format or group their argument and print nothing of their own (\emph{x}, \textbf{x},
    /// \mbox{x}, \small): the decoder drops their name and keeps the argument. Any other command it does not
    /// know is kept as written, since its name may be the only trace of what the source meant.
    /// </summary>
    public static IReadOnlySet<string> Formatting { get; } = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "emph", "textbf", "textit", "textsl", "textsc", "textrm", "textsf", "texttt", "textup", "textmd",
        "textnormal", "textsuperscript", "textsubscript", "em", "bf", "it", "sl", "sc", "rm", "sf", "tt",
        "upshape", "itshape", "slshape", "scshape", "bfseries", "mdseries", "rmfamily", "sffamily", "ttfamily",
        "normalfont", "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE",
        "huge", "Huge", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak",
        "mathscr", "boldsymbol", "bm", "operatorname", "mbox", "hbox", "text", "ensuremath", "url", "uppercase",
        "lowercase", "MakeUppercase", "MakeLowercase", "NoCaseChange", "nocase", "protect", "relax",
        "mkbibemph", "mkbibitalic", "mkbibbold", "mkbibquote", "mkbibsuperscript", "mkbibsubscript", "enquote",
    };

    /// <summary>Characters LaTeX reserves, written with a backslash (\&, \%, \$, \#, \_, \{, \}).</summary>
    public const string EscapedByBackslash = "&%$#_{}";
}
