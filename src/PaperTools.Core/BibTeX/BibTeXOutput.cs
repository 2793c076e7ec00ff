using System.Collections.Generic;
using System.Text;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Lays out the text of a .bib file from entries in the order given. An entry read from a file brings that file's
    /// other parts with it: every block (@string, @preamble, @comment, text) that stood before it and is not written
    /// yet goes first, so macros are defined before their use; the blocks after a file's last entry go at the end.
    /// Items that followed each other in their file are joined exactly as they were, so a whole file given in order
    /// comes out byte for byte; anything else is set apart by a blank line.
    /// </summary>
    internal sealed class BibTeXOutput
    {
        private readonly StringBuilder text = new StringBuilder();
        private readonly string newLine;
        private readonly Dictionary<BibTeXDocument, int> nextBlock = new Dictionary<BibTeXDocument, int>();
        private readonly List<BibTeXDocument> documents = new List<BibTeXDocument>();
        private BibTeXDocument lastDocument;
        private int lastPosition;
        private bool lastWasMade;

        public BibTeXOutput(string newLine) => this.newLine = newLine;

        public void Add(BibTeXEntry entry)
        {
            var document = entry.Document;
            if (document != null)
            {
                if (!nextBlock.ContainsKey(document))
                {
                    nextBlock.Add(document, 0);
                    documents.Add(document);
                }
                WriteBlocksBefore(document, entry.Position);
            }
            Append(entry.Text, document, entry.Position, whitespace: false);
            lastWasMade = document == null;
        }

        /// <summary>The whole text: every block of every file seen is written, those after its last entry at the end.</summary>
        public string Finish()
        {
            foreach (var document in documents) WriteBlocksBefore(document, int.MaxValue);
            if (lastWasMade) text.Append(newLine);
            return text.ToString();
        }

        private void WriteBlocksBefore(BibTeXDocument document, int position)
        {
            var blocks = document.Blocks;
            var next = nextBlock[document];
            while (next < blocks.Count && blocks[next].Position < position)
            {
                var block = blocks[next++];
                Append(block.Text, document, block.Position, block.Kind == BibTeXBlockKind.Text && string.IsNullOrWhiteSpace(block.Text));
                lastWasMade = false;
            }
            nextBlock[document] = next;
        }

        private void Append(string item, BibTeXDocument document, int position, bool whitespace)
        {
            var follows = document != null && document == lastDocument && position == lastPosition + 1;
            lastDocument = document;
            lastPosition = position;
            if (!follows)
            {
                // White space between items that are no longer neighbours is replaced by the blank line below.
                if (whitespace && text.Length > 0) return;
                if (text.Length > 0 && !EndsWith(newLine + newLine))
                    text.Append(EndsWith(newLine) ? newLine : newLine + newLine);
            }
            text.Append(item);
        }

        private bool EndsWith(string suffix)
        {
            if (text.Length < suffix.Length) return false;
            for (var i = 0; i < suffix.Length; i++)
                if (text[text.Length - suffix.Length + i] != suffix[i]) return false;
            return true;
        }
    }
}
