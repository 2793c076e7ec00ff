using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Identity;
using Xunit;

namespace PaperTools.Tests.Identity;

public class SharedDigestDuplicateTests
{
    /// <summary>
    /// Every paper the five shared digests repeat across files, as "digest:line" of its title line, established by
    /// reading the files: a throwaway script listed every line of 15 to 300 characters whose letters and digits
    /// (case and diacritics folded, "Subscribe" glued to a first title taken off) occur in more than one file, and
    /// each hit was read by eye; openings of 30 characters shared across files found nothing more. Page chrome
    /// ("Get trending papers in your email inbox!", "byAK and the research community") aside, 26 papers repeat:
    /// 24 twice and 2 three times, 54 entries. No title repeats within one file, and none is cut with an ellipsis.
    /// </summary>
    public static readonly string[][] ExpectedGroups =
    {
        new[] { "001:29", "004:101" }, // Perturbation Analysis of Neural Collapse
        new[] { "001:33", "004:93" }, // Unknown Domain Inconsistency Minimization for Domain Generalization
        new[] { "001:45", "003:279" }, // Automatic Perturbation Analysis for Scalable Certified Robustness and Beyond
        new[] { "001:49", "003:415" }, // On Penalty Methods for Nonconvex Bilevel Optimization and First-Order Stochastic Approxima
        new[] { "001:65", "002:157" }, // PAC Generalization via Invariant Representations
        new[] { "001:77", "003:139" }, // Target-based Surrogates for Stochastic Optimization
        new[] { "001:93", "003:399" }, // PFGM++: Unlocking the Potential of Physics-Inspired Generative Models
        new[] { "001:117", "003:339" }, // Variance Reduced Halpern Iteration for Finite-Sum Monotone Inclusions
        new[] { "001:133", "002:149" }, // An Efficient Tester-Learner for Halfspaces
        new[] { "001:149", "002:369" }, // Learning from Label Proportions: Bootstrapping Supervised Learners via Belief Propagation
        new[] { "001:153", "002:69" }, // Domain-Specific Risk Minimization for Out-of-Distribution Generalization
        new[] { "001:161", "004:61" }, // Rich Feature Construction for the Optimization-Generalization Dilemma
        new[] { "001:165", "004:45" }, // Which Invariance Should We Transfer? A Causal Minimax Learning Approach
        new[] { "001:169", "002:491" }, // On the Provable Advantage of Unsupervised Pretraining
        new[] { "001:197", "004:85" }, // A Tutorial on Bayesian Optimization
        new[] { "001:201", "003:413", "004:137" }, // Probabilistic Programming with Programmable Variational Inference
        new[] { "002:65", "003:229" }, // APP: Anytime Progressive Pruning
        new[] { "002:155", "003:293", "004:121" }, // Rethinking Positive Pairs in Contrastive Learning
        new[] { "002:169", "003:65" }, // Low Rank Matrix Completion via Robust Alternating Minimization in Nearly Linear Time
        new[] { "002:225", "003:285" }, // TAROT: Targeted Data Selection via Optimal Transport
        new[] { "002:301", "004:205" }, // Sharper Bounds for ell_p Sensitivity Sampling
        new[] { "002:333", "003:9" }, // Bandits with Replenishable Knapsacks: the Best of both Worlds
        new[] { "002:467", "003:309" }, // Fast Convex Pruning of Deep Neural Networks
        new[] { "003:103", "004:189" }, // What's in a Prior? Learned Proximal Networks for Inverse Problems
        new[] { "003:317", "004:105" }, // Stepsize anything: A unified learning rate schedule for budgeted-iteration training
        new[] { "003:411", "004:89" }, // Learning Unnormalized Statistical Models via Compositional Optimization
    };

    private static List<Paper> SharedPapers()
        => new[] { "000", "001", "002", "003", "004" }.SelectMany(d => Fixture.Import(Fixture.SharedDigest(d)).Papers).Where(p => p.IsPaper).ToList();

    private static string Where(Paper paper) => Path.GetFileName(paper.Source).Substring(0, 3) + ":" + paper.SourceLine;

    [Fact]
    public void EveryCrossFileRepeatIsFoundAndNothingElseIsMerged()
    {
        var papers = SharedPapers();
        var groups = DuplicateFinder.Find(papers);
        var found = groups.Select(g => string.Join(" ", g.Papers.Select(Where))).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var expected = ExpectedGroups.Select(g => string.Join(" ", g)).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found);
        Assert.Equal(54, groups.Sum(g => g.Count));
        Assert.Equal(2, groups.Count(g => g.Count == 3));
        // Title-only digests: each tie is a title tie, and no paper of a group comes from the same file twice.
        Assert.All(groups, g => Assert.Equal(SameWorkReason.Title, g.Reason));
        Assert.All(groups, g => Assert.Equal(g.Count, g.Papers.Select(p => p.Source).Distinct().Count()));
    }

    [Fact]
    public void MergingTheDigestsLeavesOnePaperPerWorkInFirstAppearanceOrder()
    {
        var papers = SharedPapers();
        var merged = DuplicateFinder.Find(papers, includeSingles: true).Select(g => PaperMerger.Merge(g.Papers)).ToList();
        Assert.Equal(papers.Count - (54 - 26), merged.Count);
        Assert.Equal(merged.Count, merged.Select(p => SameWork.TitleKey(p)).Distinct().Count());
        // Stable: the merged list is the input with the later repeats taken out.
        var firsts = papers.Where(p => !DuplicateFinder.Find(papers).Any(g => g.Papers.Skip(1).Contains(p))).ToList();
        Assert.Equal(firsts.Select(Where), merged.Select(Where));
        var triple = merged.Single(p => p.Title == "Rethinking Positive Pairs in Contrastive Learning");
        Assert.Equal(new[] { "002:155", "003:293", "004:121" }, triple.SeenIn.Select(s => Path.GetFileName(s.Source).Substring(0, 3) + ":" + s.SourceLine));
    }
}
