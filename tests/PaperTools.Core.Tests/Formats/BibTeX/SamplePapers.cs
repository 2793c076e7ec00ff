using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperTools.Tests.BibTeX;

/// <summary>Realistic papers with what the plain-text digests lack: authors, years, ids, DOIs, journal references.</summary>
public static class SamplePapers
{
    public static Paper Attention() => new Paper
    {
        Title = "Attention Is All You Need",
        Abstract = "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.",
        Authors = new[] { "Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin" },
        Year = 2017,
        Published = new DateTime(2017, 6, 12),
        ArxivId = "1706.03762",
        ArxivVersion = 7,
        Categories = new[] { "cs.CL", "cs.LG" },
        Keywords = new[] { "transformers", "attention" },
        SourceFormat = DigestFormat.ArxivFeed,
    };

    public static Paper Lojasiewicz() => new Paper
    {
        Title = "Gradient Flows and the Łojasiewicz Inequality: Convergence of Gödel-style Arguments",
        Abstract = "We revisit the Łojasiewicz gradient inequality, with remarks on Erdős and Šimeček, costs of 5% & more, x_1 and α-β trade-offs.",
        Authors = new[] { "Stanisław Łojasiewicz", "Kurt Gödel", "Pál Erdős", "Jiří Šimeček" },
        Year = 2021,
        Published = new DateTime(2021, 3, 4),
        ArxivId = "2103.01234",
        Categories = new[] { "math.OC" },
    };

    public static Paper JournalArticle() => new Paper
    {
        Title = "Deep Residual Learning for Image Recognition with ResNet",
        Authors = new[] { "Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun" },
        Year = 2016,
        Doi = "10.1109/CVPR.2016.90",
        Venue = "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition",
        JournalRef = "CVPR 2016, pp. 770-778",
        Url = "https://doi.org/10.1109/CVPR.2016.90",
        ArxivId = "1512.03385",
        Categories = new[] { "cs.CV" },
    };

    public static Paper OldStyle() => new Paper
    {
        Title = "The Large N Limit of Superconformal Field Theories and Supergravity",
        Abstract = "We show that the large $N$ limit of certain conformal field theories in various dimensions includes in its Hilbert space a sector describing supergravity on the product of Anti-de Sitter spacetimes, spheres and other compact manifolds.",
        Authors = new[] { "Juan Maldacena" },
        Year = 1998,
        ArxivId = "hep-th/9711200",
        Categories = new[] { "hep-th" },
        JournalRef = "Adv.Theor.Math.Phys. 2 (1998) 231-252",
        Doi = "10.1023/A:1026654312961",
    };

    public static Paper OldStyleNoJournal() => new Paper
    {
        Title = "Notes on D-Branes",
        Authors = new[] { "Joseph Polchinski", "Shyamoli Chaudhuri", "Clifford V. Johnson" },
        Year = 1996,
        ArxivId = "hep-th/9602052",
        Categories = new[] { "hep-th" },
    };

    public static Paper Greek() => new Paper
    {
        Title = "PixArt-α: Fast Training of Diffusion Transformer for Photorealistic Text-to-Image Synthesis with $O(n^2)$ Cost and Σ-Δ Modulation",
        Abstract = "We train GPT-4-level models for 10% of the cost: $\\mathcal{L} = \\sum_i \\ell_i$, about ~2x faster; see https://pixart-alpha.github.io/ and Nguyễn's note.",
        Authors = new[] { "Junsong Chen", "Nguyễn Văn A" },
        Year = 2023,
        ArxivId = "2310.00426",
        Categories = new[] { "cs.CV" },
        Url = "https://pixart-alpha.github.io/#demo",
    };

    public static Paper WithoutYear() => new Paper
    {
        Title = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
        Authors = new[] { "Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova" },
        ArxivId = "1810.04805",
    };

    public static IReadOnlyList<Paper> All() => new[] { Attention(), Lojasiewicz(), JournalArticle(), OldStyle(), OldStyleNoJournal(), Greek(), WithoutYear() };

    /// <summary>The papers of one shared plain-text digest (titles and abstracts only).</summary>
    public static List<Paper> Digest(string prefix) => Fixture.Import(Fixture.SharedDigest(prefix)).Papers.Where(p => p.IsPaper).ToList();

    public static List<Paper> AllDigests() => new[] { "000", "001", "002", "003", "004" }.SelectMany(Digest).ToList();

    /// <summary>
    /// Every paper the readers get from every reader fixture (every shape: Fixture.ReaderFolders), hostile files
    /// included: real authors, accented and TeX names, years, DOIs, journal references and snippets.
    /// </summary>
    public static List<Paper> AllReaderFixtures() => Fixture.ReaderFixturePapers();
}
