namespace PaperTools.BibTeX;

/// <summary>
/// The file a set of entries was read from, as far as the entries need it: its path, its line break, and every
/// part that is not an entry (@string, @preamble, @comment, text between entries) with its place among the entries.
/// Export-PaperBibTeX writes those parts along with the entries, each before the first entry that followed it in
/// the file, so macros stay defined before their use and JabRef's groups survive.
/// </summary>
public sealed class BibTeXDocument
{
    private readonly List<BibTeXBlock> blocks = new List<BibTeXBlock>();

    public BibTeXDocument(string path, string newLine)
    {
        Path = path;
        NewLine = newLine ?? "\n";
    }

    public string Path { get; }

    /// <summary>The line break the file uses ("\n" or "\r\n").</summary>
    public string NewLine { get; }

    /// <summary>Every part of the file that is not an entry, in file order.</summary>
    public IReadOnlyList<BibTeXBlock> Blocks => blocks;

    /// <summary>Adds the next block; only the reader that builds the document calls this.</summary>
    internal void AddBlock(BibTeXBlock block) => blocks.Add(block);

    public override string ToString() => Path ?? string.Empty;
}
