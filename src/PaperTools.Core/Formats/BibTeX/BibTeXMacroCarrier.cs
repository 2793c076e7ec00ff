using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Makes entries that leave their file self-contained: the text of an entry, preceded by the @string definitions
/// from its file that it uses and that this carrier has not given yet (ConvertTo-PaperBibTeX gives each once per call).
/// </summary>
public sealed class BibTeXMacroCarrier
{
    private readonly HashSet<BibTeXBlock> given = new HashSet<BibTeXBlock>();
    private readonly string newLine;

    public BibTeXMacroCarrier(string newLine) => this.newLine = newLine;

    public string WithDefinitions(BibTeXEntry entry)
    {
        var definitions = MacroReferences.Needed(entry).Where(given.Add).Select(b => b.Text).ToList();
        return definitions.Count == 0 ? entry.Text : string.Join(newLine + newLine, definitions) + newLine + newLine
            + entry.Text;
    }
}
