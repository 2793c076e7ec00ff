using System;

namespace PaperTools.Search
{
    /// <summary>
    /// Builds one field's inverted index, documents in ascending order. A document's term frequencies gather in
    /// the per-term state; EndDocument appends one posting per distinct term. Everything a term needs while
    /// building sits in one struct, so a word costs one cache line, and nothing is allocated per document.
    /// </summary>
    internal sealed class FieldIndexBuilder
    {
        private const int MaxPostingBytes = 10; // two 5-byte varints

        private struct TermState
        {
            public byte[] Postings;
            public int Length;
            public int LastDocPlusOne;
            public int DocumentFrequency;
            public int Pending;
        }

        private readonly TermDictionary terms = new TermDictionary();
        private readonly WordTokenizer tokenizer = new WordTokenizer();
        private readonly char[] keywordBuffer = new char[256];
        private TermState[] states = new TermState[512];
        private int[] touched = new int[64];
        private int touchedCount;
        private int[] documentLengths = new int[1024];
        private long totalLength;
        private int currentDoc = -1;
        private int currentLength;

        public void BeginDocument(int doc)
        {
            if (doc <= currentDoc) throw new ArgumentOutOfRangeException(nameof(doc), "Documents must be added in ascending order.");
            currentDoc = doc;
            currentLength = 0;
        }

        public void AddText(string text)
        {
            if (string.IsNullOrEmpty(text)) return;
            var position = 0;
            while (tokenizer.Next(text, ref position)) Count(terms.GetOrAdd(tokenizer.Buffer, tokenizer.Length));
        }

        /// <summary>A whole value as one term (categories, identifiers), already normalised by the caller.</summary>
        public void AddKeyword(string keyword)
        {
            if (string.IsNullOrEmpty(keyword)) return;
            var length = Math.Min(keyword.Length, keywordBuffer.Length);
            keyword.CopyTo(0, keywordBuffer, 0, length);
            Count(terms.GetOrAdd(keywordBuffer, length));
        }

        public void EndDocument()
        {
            var postingDoc = currentDoc + 1;
            for (var i = 0; i < touchedCount; i++)
            {
                ref var state = ref states[touched[i]];
                if (state.Postings == null) state.Postings = new byte[16];
                else if (state.Length + MaxPostingBytes > state.Postings.Length) Array.Resize(ref state.Postings, state.Postings.Length * 2);
                state.Length = PostingReader.Write(state.Postings, state.Length, postingDoc - state.LastDocPlusOne, state.Pending);
                state.LastDocPlusOne = postingDoc;
                state.DocumentFrequency++;
                state.Pending = 0;
            }
            touchedCount = 0;
            if (currentDoc >= documentLengths.Length) Array.Resize(ref documentLengths, Math.Max(documentLengths.Length * 2, currentDoc + 1));
            documentLengths[currentDoc] = currentLength;
            totalLength += currentLength;
        }

        public FieldIndex Build(int documentCount)
        {
            terms.Trim();
            var termCount = terms.Count;
            var postings = new byte[termCount][];
            var documentFrequency = new int[termCount];
            for (var term = 0; term < termCount; term++)
            {
                ref var state = ref states[term];
                Array.Resize(ref state.Postings, state.Length);
                postings[term] = state.Postings;
                documentFrequency[term] = state.DocumentFrequency;
            }
            states = null;
            Array.Resize(ref documentLengths, Math.Max(documentCount, currentDoc + 1));
            var average = documentLengths.Length == 0 ? 0 : (double)totalLength / documentLengths.Length;
            return new FieldIndex(terms, postings, documentFrequency, documentLengths, average);
        }

        private void Count(int term)
        {
            if (term >= states.Length) Array.Resize(ref states, states.Length * 2);
            if (states[term].Pending++ == 0)
            {
                if (touchedCount == touched.Length) Array.Resize(ref touched, touched.Length * 2);
                touched[touchedCount++] = term;
            }
            currentLength++;
        }
    }
}
