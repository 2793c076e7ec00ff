using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace PaperTools.Commands;

/// <summary>
/// The categories of the papers this session has read, per runspace, so -Category completes with what the user's
/// own papers carry. Bounded: a hostile file cannot make it grow without end.
/// </summary>
internal static class SeenCategories
{
    private const int MaxCategories = 4096;
    private static readonly ConditionalWeakTable<Runspace,
        HashSet<string>> BySession = new ConditionalWeakTable<Runspace, HashSet<string>>();

    public static void Record(Paper paper)
    {
        if (paper?.Categories == null || paper.Categories.Length == 0) return;
        var session = Runspace.DefaultRunspace;
        if (session == null) return;
        var seen = BySession.GetValue(session, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        lock (seen)
            foreach (var category in paper.Categories)
                if (!string.IsNullOrEmpty(category) && seen.Count < MaxCategories) seen.Add(category);
    }

    public static IReadOnlyList<string> InThisSession()
    {
        var session = Runspace.DefaultRunspace;
        if (session == null || !BySession.TryGetValue(session, out var seen)) return Array.Empty<string>();
        lock (seen) return seen.OrderBy(c => c, StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
