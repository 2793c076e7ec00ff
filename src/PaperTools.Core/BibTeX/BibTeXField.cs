namespace PaperTools.BibTeX
{
    /// <summary>A field of a <see cref="BibTeXEntry"/>: its name and its value as it is written between the braces.</summary>
    public sealed class BibTeXField
    {
        public BibTeXField(string name, string value, bool isMacro)
        {
            Name = name;
            Value = value;
            IsMacro = isMacro;
        }

        public string Name { get; }
        public string Value { get; }

        /// <summary>True for a bare macro name (jun), written without braces.</summary>
        public bool IsMacro { get; }
    }
}
