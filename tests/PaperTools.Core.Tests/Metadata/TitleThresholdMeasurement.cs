using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Metadata;
using Xunit;
using Xunit.Abstractions;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// Where MetadataVerifier.TitleThreshold comes from. Three sets of real titles: every pair of distinct works in the five
/// shared digests; pairs of real, distinct arXiv papers whose titles are near misses of each other (sequels, surveys,
/// a changed number, the same words rearranged, one word swapped); and pairs of spellings of one work as they occur
/// between sources (a digest's glued words, arXiv's TeX against Hugging Face's Unicode, Crossref's sentence case,
/// hyphens, British spelling, a typo fixed in a later version). The threshold must accept every same-work pair and
/// no distinct pair; the test prints the margins on both sides.
/// </summary>
public class TitleThresholdMeasurement
{
    private readonly ITestOutputHelper output;

    public TitleThresholdMeasurement(ITestOutputHelper output) => this.output = output;

    /// <summary>Real arXiv papers, distinct works, with close titles (ids for checking: arxiv.org/abs/ID).</summary>
    public static readonly (string A, string B)[] RealNearMisses =
    {
        ("Qwen Technical Report", "Qwen2 Technical Report"),                                                       // 2309.16609, 2407.10671
        ("Qwen2 Technical Report", "Qwen2.5 Technical Report"),                                                    // 2407.10671, 2412.15115
        ("Phi-3 Technical Report: A Highly Capable Language Model Locally on Your Phone", "Phi-4 Technical Report"), // 2404.14219, 2412.08905
        ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", "4D Gaussian Splatting for Real-Time Dynamic Scene Rendering"), // 2308.04079, 2310.08528
        ("Textbooks Are All You Need", "Textbooks Are All You Need II: phi-1.5 technical report"),                 // 2306.11644, 2309.05463
        ("Attention Is All You Need", "Textbooks Are All You Need"),                                               // 1706.03762, 2306.11644
        ("Denoising Diffusion Probabilistic Models", "Improved Denoising Diffusion Probabilistic Models"),          // 2006.11239, 2102.09672
        ("Denoising Diffusion Probabilistic Models", "Denoising Diffusion Implicit Models"),                       // 2006.11239, 2010.02502
        ("Visual Instruction Tuning", "Improved Baselines with Visual Instruction Tuning"),                        // 2304.08485, 2310.03744
        ("Masked Autoencoders Are Scalable Vision Learners", "Masked Autoencoders As Spatiotemporal Learners"),    // 2111.06377, 2205.09113
        ("Emergent Abilities of Large Language Models", "Are Emergent Abilities of Large Language Models a Mirage?"), // 2206.07682, 2304.15004
        ("A Survey of Large Language Models", "Large Language Models: A Survey"),                                  // 2303.18223, 2402.06196
        ("Very Deep Convolutional Networks for Large-Scale Image Recognition", "Very Deep Convolutional Networks for Text Classification"), // 1409.1556, 1606.01781
        ("Going Deeper with Convolutions", "Going deeper with Image Transformers"),                                 // 1409.4842, 2103.17239
        ("Fast R-CNN", "Mask R-CNN"),                                                                              // 1504.08083, 1703.06870
        ("Swin Transformer: Hierarchical Vision Transformer using Shifted Windows", "Swin Transformer V2: Scaling Up Capacity and Resolution"), // 2103.14030, 2111.09883
        ("Deep Speech: Scaling up end-to-end speech recognition", "Deep Speech 2: End-to-End Speech Recognition in English and Mandarin"), // 1412.5567, 1512.02595
        ("Layer Normalization", "Group Normalization"),                                                            // 1607.06450, 1803.08494
        ("Wasserstein GAN", "Improved Training of Wasserstein GANs"),                                              // 1701.07875, 1704.00028
        ("Language Models are Few-Shot Learners", "Large Language Models are Zero-Shot Reasoners"),                // 2005.14165, 2205.11916
        ("LLaMA: Open and Efficient Foundation Language Models", "Llama 2: Open Foundation and Fine-Tuned Chat Models"), // 2302.13971, 2307.09288
        ("Scaling Laws for Neural Language Models", "Scaling Laws for Autoregressive Generative Modeling"),         // 2001.08361, 2010.14701
        ("Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks", "Retrieval-Augmented Generation for Large Language Models: A Survey"), // 2005.11401, 2312.10997
        ("High-Resolution Image Synthesis with Latent Diffusion Models", "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis"), // 2112.10752, 2307.01952
        ("Towards Deep Learning Models Resistant to Adversarial Attacks", "Towards Evaluating the Robustness of Neural Networks"), // 1706.06083, 1608.04644
        ("Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "Exploring the Limits of Language Modeling"), // 1910.10683, 1602.02410
        ("DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", "DeepSeek-V3 Technical Report"), // 2405.04434, 2412.19437
        ("Gemma: Open Models Based on Gemini Research and Technology", "Gemma 2: Improving Open Language Models at a Practical Size"), // 2403.08295, 2408.00118
        ("Segment Anything", "SAM 2: Segment Anything in Images and Videos"),                                      // 2304.02643, 2408.00714
        ("Generative Adversarial Networks", "Conditional Generative Adversarial Nets"),                            // 1406.2661, 1411.1784
        ("Neural Architecture Search with Reinforcement Learning", "Efficient Neural Architecture Search via Parameter Sharing"), // 1611.01578, 1802.03268
        ("Prototypical Networks for Few-shot Learning", "Matching Networks for One Shot Learning"),                // 1703.05175, 1606.04080
        ("Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift", "Batch Renormalization: Towards Reducing Minibatch Dependence in Batch-Normalized Models"), // 1502.03167, 1702.03275
        ("Emerging Properties in Self-Supervised Vision Transformers", "DINOv2: Learning Robust Visual Features without Supervision"), // 2104.14294, 2304.07193
        ("Attention Is All You Need", "Attention Is Not All You Need: Pure Attention Loses Rank Doubly Exponentially with Depth"), // 1706.03762, 2103.03404
    };

    /// <summary>One work, two spellings, as they differ between the digests, arXiv, Hugging Face and Crossref.</summary>
    public static readonly (string A, string B, string How)[] SameWorkVariants =
    {
        ("UniHG: ALarge-scale Universal Heterogeneous Graph Dataset and Benchmark for Representation Learning and Cross-Domain Transferring",
         "UniHG: A Large-scale Universal Heterogeneous Graph Dataset and Benchmark for Representation Learning and Cross-Domain Transferring", "digest 000 glues 'A Large'"),
        ("ATechnical Report on \" Erasing the Invisible \": The 2024 NeurIPS Competition on Stress Testing Image Watermarks",
         "A Technical Report on \"Erasing the Invisible\": The 2024 NeurIPS Competition on Stress Testing Image Watermarks", "digest 001 glues 'A Technical', spaces quotes"),
        ("PixArt-α: Fast Training of Diffusion Transformer for Photorealistic Text-to-Image Synthesis",
         "PixArt-$\\alpha$: Fast Training of Diffusion Transformer for Photorealistic Text-to-Image Synthesis", "Hugging Face Unicode, arXiv API TeX (2310.00426)"),
        ("π0: A Vision-Language-Action Flow Model for General Robot Control",
         "$\\pi_0$: A Vision-Language-Action Flow Model for General Robot Control", "Hugging Face Unicode, arXiv API TeX (2410.24164)"),
        ("Learning Theory for Kernel Bilevel Optimization", "Learning theory for kernel bilevel optimization", "Crossref sentence case"),
        ("Variance-Reduced Halpern Iteration for Finite-Sum Monotone Inclusions", "Variance Reduced Halpern Iteration for Finite Sum Monotone Inclusions", "hyphens dropped"),
        ("On Penalty Methods for Nonconvex Bilevel Optimization and First-Order Stochastic Approximation",
         "On Penalty Methods for Nonconvex Bilevel Optimisation and First-Order Stochastic Approximation", "British spelling"),
        ("Enhancing Neural Subset Selection: Integrating Background Information into Set Representations",
         "Enhancing Neural Subset Selection: Integrating Background Information into Set Representaions", "a typo, fixed in a later version"),
        ("Rethinking Positive Pairs in Contrastive Learning", "Rethinking positive pairs in contrastive learning.", "trailing period, case"),
        ("What's in a Prior? Learned Proximal Networks for Inverse Problems", "What’s in a Prior? Learned Proximal Networks for Inverse Problems", "curly apostrophe"),
        ("Stepsize anything: A unified learning rate schedule for budgeted-iteration training",
         "Stepsize Anything: A Unified Learning Rate Schedule for Budgeted-Iteration Training", "title case"),
        ("Adversarial Style Augmentation for Domain Generalization", "Adversarial Style Augmentation for Domain Generalisation", "British spelling"),
        ("Target-based Surrogates for Stochastic Optimization", "Target-Based Surrogates for Stochastic Optimization", "case of a hyphenated word"),
        ("Bandits with Replenishable Knapsacks: the Best of both Worlds", "Bandits with replenishable knapsacks: the best of both worlds", "case"),
        ("Low-Rank Matrix Completion via Robust Alternating Minimization in Nearly Linear Time", "Low Rank Matrix Completion via Robust Alternating Minimization in Nearly Linear Time", "hyphen"),
    };

    private static readonly MetadataVerifier Verifier = new MetadataVerifier();

    private static bool Accepted(string a, string b) => Verifier.Judge(new Paper { Title = a }, new Paper { Title = b }).Accepted;

    private static double Ratio(string a, string b) => TitleSimilarity.Ratio(TitleSimilarity.Comparable(a), TitleSimilarity.Comparable(b));

    private static bool SameWords(string a, string b) => TitleSimilarity.SameWords(TitleSimilarity.Comparable(a), TitleSimilarity.Comparable(b));

    [Fact]
    public void NoRealNearMissIsTakenForTheSameWork()
    {
        foreach (var (a, b) in RealNearMisses)
        {
            output.WriteLine($"{Ratio(a, b):0.000} words {(SameWords(a, b) ? "alike " : "differ")}  {a}  |  {b}");
            Assert.False(Accepted(a, b), $"'{a}' and '{b}' are different papers");
        }
        // Either rule alone keeps them out: the letters are never close enough, and the words always differ.
        var closest = RealNearMisses.Max(p => Ratio(p.A, p.B));
        output.WriteLine($"closest near miss by letters: {closest:0.000}; near misses whose words differ only in spelling: {RealNearMisses.Count(p => SameWords(p.A, p.B))}");
        Assert.True(closest < MetadataVerifier.TitleThreshold);
        Assert.DoesNotContain(RealNearMisses, p => SameWords(p.A, p.B));
    }

    [Fact]
    public void EverySpellingOfOneWorkIsTakenForIt()
    {
        foreach (var (a, b, how) in SameWorkVariants)
        {
            output.WriteLine($"{Ratio(a, b):0.000} {how}");
            Assert.True(Accepted(a, b), $"{how}: '{a}' and '{b}' are one paper");
        }
        var lowest = SameWorkVariants.Min(v => Ratio(v.A, v.B));
        output.WriteLine($"lowest same-work similarity: {lowest:0.000}; threshold {MetadataVerifier.TitleThreshold}");
        Assert.True(lowest >= MetadataVerifier.TitleThreshold);
    }

    [Fact]
    public void DistinctWorksInTheSharedDigestsNeverMatch()
    {
        var titles = Enumerable.Range(0, 5).SelectMany(i => Fixture.Import(Fixture.SharedDigest(i.ToString("000"))).Papers)
            .Where(p => p.IsPaper).Select(p => p.Title).Distinct().ToList();
        var distinct = titles.GroupBy(t => TitleSimilarity.Comparable(t).Replace(" ", string.Empty)).Select(g => g.First()).ToList();
        var comparable = distinct.Select(TitleSimilarity.Comparable).ToList();
        var letters = comparable.Select(c => c.Replace(" ", string.Empty).Length).ToList();
        var closest = 0.0;
        string closestPair = null;
        for (var i = 0; i < distinct.Count; i++)
            for (var j = i + 1; j < distinct.Count; j++)
            {
                // The length difference alone bounds the similarity; pairs that cannot come close are skipped.
                var bound = 1.0 - (double)Math.Abs(letters[i] - letters[j]) / Math.Max(letters[i], letters[j]);
                if (bound < Math.Min(closest, MetadataVerifier.TitleThreshold)) continue;
                var ratio = TitleSimilarity.Ratio(comparable[i], comparable[j]);
                if (ratio > closest) { closest = ratio; closestPair = distinct[i] + "  |  " + distinct[j]; }
                // The verifier is asked about every pair that is at all alike; the rest differ in most of their letters.
                if (ratio >= 0.5) Assert.False(Accepted(distinct[i], distinct[j]), $"'{distinct[i]}' and '{distinct[j]}' are different papers");
            }
        output.WriteLine($"{distinct.Count} distinct titles; closest pair {closest:0.000}: {closestPair}");
        Assert.True(closest < MetadataVerifier.TitleThreshold);
    }
}
