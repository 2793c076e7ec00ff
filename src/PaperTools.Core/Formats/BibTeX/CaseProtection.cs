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

    /// <summary>True when <paramref name="word"/> (letters and digits only) needs braces to keep its case.</summary>
    public static bool NeedsProtection(string word)
    {
        if (string.IsNullOrEmpty(word) || !word.Any(char.IsUpper)) return false;
        if (word.Length == 1) return word != "A";
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i])) return true;
        return word.Any(char.IsDigit) || ProperNouns.Contains(word);
    }

    /// <summary>A formula with a capital anywhere ($O(n)$, $\Sigma$) would be lowercased by bibtex, commands
    /// included.</summary>
    public static bool FormulaNeedsProtection(string formula) => formula.Any(c => c >= 'A' && c <= 'Z');
}
