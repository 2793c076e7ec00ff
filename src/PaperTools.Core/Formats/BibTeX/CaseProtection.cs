namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Which title words must keep their case when a style lowercases the title (plain.bst, biblatex's
/// sentence case): acronyms ({BERT}), words with capitals inside ({PixArt}, {3D}, {iPhone}), letters with
/// digits ({V100}), single capitals ({Q}-learning), and a small list of proper nouns. Only those words get
/// braces, never the whole title, so styles that want sentence case still can have it.
/// </summary>
public static class CaseProtection
{
    /// <summary>Capitalised words that stay capitalised in any title: people, places, languages, named
    /// methods.</summary>
    public static IReadOnlyCollection<string> ProperNouns { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Bayes", "Bayesian", "Gauss", "Gaussian", "Markov", "Markovian", "Euclid", "Euclidean", "Riemann", "Riemannian",
        "Hilbert", "Banach", "Fourier", "Laplace", "Laplacian", "Newton", "Newtonian", "Lagrange", "Lagrangian",
        "Hamilton", "Hamiltonian", "Boltzmann", "Brownian", "Dirichlet", "Poisson", "Bernoulli", "Wasserstein",
        "Kullback", "Leibler", "Lipschitz", "Hessian", "Jacobian", "Langevin", "Monte", "Carlo", "Turing",
        "Shannon", "Nash", "Pareto", "Kalman", "Wiener", "Hebbian", "Hopfield", "Gödel", "Łojasiewicz", "Erdős",
        "English", "French", "German", "Spanish", "Chinese", "Japanese", "Korean", "Arabic", "Hindi", "Russian",
        "Africa", "African", "Asia", "Asian", "Europe", "European", "America", "American", "Earth", "Mars",
        "Python", "Java", "Wikipedia", "Internet", "Transformer", "Transformers",
    };

    /// <summary>The proper nouns' hashes: a word whose hash is none of them is no proper noun, and needs no string
    /// of its own to say so.</summary>
    private static readonly HashSet<int> ProperNounHashes =
        new(ProperNouns.Select(noun => string.GetHashCode(noun.AsSpan())));

    /// <summary>True when <paramref name="word"/> (letters and digits only) needs braces to keep its case.</summary>
    public static bool NeedsProtection(string word) => NeedsProtection(word.AsSpan());

    /// <summary>As <see cref="NeedsProtection(string)"/>, for a word of a title being written.</summary>
    internal static bool NeedsProtection(ReadOnlySpan<char> word)
    {
        var capital = 0;
        while (capital < word.Length && !char.IsUpper(word[capital])) capital++;
        if (capital == word.Length) return false;
        if (word.Length == 1) return word[0] != 'A';
        for (var i = Math.Max(capital, 1); i < word.Length; i++)
            if (char.IsUpper(word[i])) return true;
        foreach (var c in word)
            if (char.IsDigit(c)) return true;
        return ProperNounHashes.Contains(string.GetHashCode(word)) && ProperNouns.Contains(word.ToString());
    }

    /// <summary>A formula with a capital anywhere ($O(n)$, $\Sigma$) would be lowercased by bibtex, commands
    /// included.</summary>
    public static bool FormulaNeedsProtection(string formula) => formula.Any(c => c >= 'A' && c <= 'Z');
}
