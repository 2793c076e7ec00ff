namespace PaperTools.Identity;

/// <summary>
/// A block a same-work index files papers under, in 16 bytes (a large session holds one a block): an identifier's or
/// entry's text with its kind as <see cref="Hash"/> ('a' the arXiv identifier, 'd' the DOI, 'e' a .bib entry), or no
/// text and a hash: a whole title's print, or a title opening's hash with its kind in the upper half ('o' any title's
/// opening, 'c' a cut title's). Blocks of two kinds that meet by a hash collision only add candidates the same-work
/// rule judges, as any block's candidates are.
/// </summary>
internal readonly record struct BlockKey(string? Key, long Hash)
{
    public static BlockKey Identifier(char kind, string key) => new(key, kind);

    public static BlockKey Title(long print) => new(null, print);

    public static BlockKey Opening(char kind, int opening) => new(null, ((long)kind << 32) | (uint)opening);
}
