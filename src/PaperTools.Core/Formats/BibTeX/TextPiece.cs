namespace PaperTools.Formats.BibTeX;

/// <summary>A run of plain Unicode text, or one inline math formula kept as written (without its dollars).</summary>
internal struct TextPiece
{
    public TextPiece(string text, bool isMath)
    {
        Text = text;
        IsMath = isMath;
    }

    public string Text { get; }
    public bool IsMath { get; }
}
