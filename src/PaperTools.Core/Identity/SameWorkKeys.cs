namespace PaperTools.Identity;

/// <summary>
/// What the same-work rule compares, worked out once per paper: the arXiv identifier and DOI as keys, the title key
/// and whether the title was cut short. An index holds these, so a million papers are normalised a million times,
/// not once per comparison.
/// </summary>
internal sealed class SameWorkKeys
{
    private HashSet<string>? familyNames;
    private string? spacedTitle;
    private bool kindKnown;
    private string? kind;

    private SameWorkKeys(Paper paper)
    {
        Paper = paper;
        Arxiv = SameWork.ArxivKey(paper);
        Doi = SameWork.DoiKey(paper);
        Title = TitleKeys.Of(paper.Title, out var truncated, out var cutAtWordEnd);
        IsTruncated = truncated;
        CutAtWordEnd = cutAtWordEnd;
    }

    public static SameWorkKeys Of(Paper paper) => new SameWorkKeys(paper);

    public Paper Paper { get; }

    public string? Arxiv { get; }

    public string? Doi { get; }

    /// <summary>See <see cref="TitleKeys.Of"/>; for a cut title, the part before the ellipsis. Null when there is no
    /// title.</summary>
    public string? Title { get; }

    public bool IsTruncated { get; }

    /// <summary>A cut title whose last word is whole ("Part I …"): the full title must break between words
    /// there.</summary>
    public bool CutAtWordEnd { get; }

    public HashSet<string> FamilyNames => familyNames ??= Identity.FamilyNames.Of(Paper.Authors);

    public string? Kind
    {
        get
        {
            if (!kindKnown) (kind, kindKnown) = (EntryTypeKind.Of(Paper.EntryType), true);
            return kind;
        }
    }

    /// <summary>
    /// The exact keys an index files this paper under, each with its kind (so that no key string is built): 'a' the
    /// arXiv identifier, 'd' the DOI, 't' a whole title, 'e' the entry of a paper with none of those.
    /// </summary>
    public BlockKeyList BlockKeys() => new(this);

    /// <summary>A paper's block keys, enumerated in place: an index asks for them with every paper it files or looks
    /// up.</summary>
    public struct BlockKeyList(SameWorkKeys keys)
    {
        private int next;

        public (char Kind, string Key) Current { get; private set; }

        public readonly BlockKeyList GetEnumerator() => this;

        public bool MoveNext()
        {
            while (next < 4)
            {
                var (kind, key) = next++ switch
                {
                    0 => ('a', keys.Arxiv),
                    1 => ('d', keys.Doi),
                    2 => ('t', keys.IsTruncated ? null : keys.Title),
                    _ => ('e', keys.Arxiv == null && keys.Doi == null && keys.Title == null
                        ? SameWork.EntryKey(keys.Paper) : null),
                };
                if (key == null) continue;
                Current = (kind, key);
                return true;
            }
            return false;
        }
    }

    /// <summary>
    /// The block of titles sharing their opening <see cref="SameWork.MinimumTruncatedPrefix"/> characters, where a cut
    /// title meets its full form (whichever comes first); null for a title too short to be cut and matched.
    /// A hash of the opening, not the text: a collision only adds a candidate the comparison turns down.
    /// </summary>
    public int? PrefixBlock => Title != null && Title.Length >= SameWork.MinimumTruncatedPrefix
        ? string.GetHashCode(Title.AsSpan(0, SameWork.MinimumTruncatedPrefix), StringComparison.Ordinal)
        : (int?)null;

    /// <summary>Whether the title breaks between words after its first <paramref name="length"/> key characters (or
    /// ends there).</summary>
    public bool BreaksAfter(int length)
    {
        var spaced = spacedTitle ??= TitleKeys.Spaced(Paper.Title);
        var seen = 0;
        for (var i = 0; i < spaced.Length; i++)
        {
            if (!TitleKeys.IsKept(spaced, i)) continue;
            // The key character after the cut: a word starts there, or it is the space between two numbers.
            if (seen++ == length) return spaced[i] == ' ' || spaced[i - 1] == ' ';
        }
        return seen == length;
    }
}
