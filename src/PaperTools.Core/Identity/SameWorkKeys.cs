namespace PaperTools.Identity;

/// <summary>
/// What the same-work rule compares, worked out once per paper: the arXiv identifier and DOI as keys, the title key
/// and whether the title was cut short. An index holds these, so a million papers are normalised a million times,
/// not once per comparison. The title key is held as its print (hash, length, opening), its text made again only for
/// a paper compared with another whose print is equal or whose title is cut, and then kept: most papers of a session
/// are never compared, and hold no string here. What else only a comparison needs is made for the papers compared.
/// An export session's entry for a paper extends it (<see cref="Export.PaperInSession"/>): one object a paper.
/// </summary>
internal class SameWorkKeys
{
    private readonly TitleKeyPrint title;
    private string? titleText;
    private Compared? compared;

    private protected SameWorkKeys(Paper paper, bool keepTitle)
    {
        Paper = paper;
        Arxiv = SameWork.ArxivKey(paper);
        Doi = SameWork.DoiKey(paper);
        bool truncated, cutAtWordEnd;
        if (keepTitle)
        {
            titleText = TitleKeys.Of(paper.Title, out truncated, out cutAtWordEnd);
            title = TitleKeyPrint.Of(titleText);
        }
        else title = TitleKeys.Print(paper.Title, out truncated, out cutAtWordEnd);
        IsTruncated = truncated;
        CutAtWordEnd = cutAtWordEnd;
    }

    /// <summary>The keys an index holds: the title key's text made again if a comparison needs it.</summary>
    public static SameWorkKeys Of(Paper paper) => new SameWorkKeys(paper, keepTitle: false);

    /// <summary>The keys with the title key's text kept from the start, for papers that will nearly all be compared
    /// (<see cref="DuplicateFinder"/>, whose input is papers that repeat; two papers compared once).</summary>
    public static SameWorkKeys WithTitle(Paper paper) => new SameWorkKeys(paper, keepTitle: true);

    public Paper Paper { get; }

    public string? Arxiv { get; }

    public string? Doi { get; }

    /// <summary>Whether the paper has a title key (<see cref="Title"/> is not null).</summary>
    public bool HasTitle => title.Length > 0;

    /// <summary>See <see cref="TitleKeys.Of"/>; for a cut title, the part before the ellipsis. Null when there is no
    /// title. Made again from the paper's title the first time it is asked for.</summary>
    public string? Title
        => !HasTitle ? null : (titleText ??= TitleKeys.Of(Paper.Title, out _, out _));

    public bool IsTruncated { get; }

    /// <summary>A cut title whose last word is whole ("Part I …"): the full title must break between words
    /// there.</summary>
    public bool CutAtWordEnd { get; }

    /// <summary>True when both title keys are there and equal: their prints first, then their text.</summary>
    public bool SameTitle(SameWorkKeys other)
        => HasTitle && title.Hash == other.title.Hash && title.Length == other.title.Length && Title == other.Title;

    public HashSet<string> FamilyNames => Details.FamilyNames ??= Identity.FamilyNames.Of(Paper.Authors);

    public string? Kind
    {
        get
        {
            var details = Details;
            if (!details.KindKnown) (details.Kind, details.KindKnown) = (EntryTypeKind.Of(Paper.EntryType), true);
            return details.Kind;
        }
    }

    private Compared Details => compared ??= new Compared();

    /// <summary>
    /// The exact keys an index files this paper under, each with its kind (so that no key string is built): the arXiv
    /// identifier, the DOI, a whole title (by its print's hash), the entry of a paper with none of those.
    /// </summary>
    public BlockKeyList BlockKeys() => new(this);

    /// <summary>A paper's block keys, enumerated in place: an index asks for them with every paper it files or looks
    /// up.</summary>
    public struct BlockKeyList(SameWorkKeys keys)
    {
        private int next;

        public BlockKey Current { get; private set; }

        public readonly BlockKeyList GetEnumerator() => this;

        public bool MoveNext()
        {
            while (next < 4)
            {
                switch (next++)
                {
                    case 0 when keys.Arxiv != null:
                        Current = BlockKey.Identifier('a', keys.Arxiv);
                        return true;
                    case 1 when keys.Doi != null:
                        Current = BlockKey.Identifier('d', keys.Doi);
                        return true;
                    case 2 when keys.HasTitle && !keys.IsTruncated:
                        Current = BlockKey.Title(keys.title.Hash);
                        return true;
                    case 3 when keys.Arxiv == null && keys.Doi == null && !keys.HasTitle
                        && SameWork.EntryKey(keys.Paper) is string entry:
                        Current = BlockKey.Identifier('e', entry);
                        return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// The block of titles sharing their opening <see cref="SameWork.MinimumTruncatedPrefix"/> characters, where a cut
    /// title meets its full form (whichever comes first); null for a title too short to be cut and matched.
    /// A hash of the opening, not the text: a collision only adds a candidate the comparison turns down.
    /// </summary>
    public int? PrefixBlock => title.Length >= SameWork.MinimumTruncatedPrefix ? title.Opening : null;

    /// <summary>Whether the title breaks between words after its first <paramref name="length"/> key characters (or
    /// ends there).</summary>
    public bool BreaksAfter(int length)
    {
        var spaced = Details.SpacedTitle ??= TitleKeys.Spaced(Paper.Title);
        var seen = 0;
        for (var i = 0; i < spaced.Length; i++)
        {
            if (!TitleKeys.IsKept(spaced, i)) continue;
            // The key character after the cut: a word starts there, or it is the space between two numbers.
            if (seen++ == length) return spaced[i] == ' ' || spaced[i - 1] == ' ';
        }
        return seen == length;
    }

    /// <summary>What only comparing the paper with another needs, made for the papers compared.</summary>
    private sealed class Compared
    {
        public HashSet<string>? FamilyNames;
        public string? SpacedTitle;
        public bool KindKnown;
        public string? Kind;
    }
}
