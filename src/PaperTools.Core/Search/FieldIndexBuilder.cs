using System;

namespace PaperTools.Search
{
    /// <summary>
    /// Builds one field's inverted index, documents in ascending order. Term frequencies of the current document
    /// gather in a per-term counter array; EndDocument appends one posting per distinct term. No per-document
    /// allocation: only a new word allocates, once.
    /// </summary>
    internal sealed class FieldIndexBuilder
    {
        private const int MaxPostingBytes = 10; // two 5-byte varints

        private readonly TermDictionary terms = new TermDictionary();
        private readonly WordTokenizer tokenizer = new WordTokenizer();
        private readonly char[] keywordBuffer = new char[256];
        private byte[][] postings = new byte[512][];
        private int[] postingLength = new int[512];
        private int[] lastDocPlusOne = new int[512];
        private int[] documentFrequency = new int[512];
        private int[] pendingFrequency = new int[512];
        private int[] touched = new int[64];
        private int touchedCount;
        private int[] documentLengths = new int[1024];
        private long totalLength;
        private int currentDoc = -1;
        private int currentLength;
        private int documentCount;

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
            for (var i = 0; i < touchedCount; i++)
            {
                var term = touched[i];
                Append(term, pendingFrequency[term]);
                pendingFrequency[term] = 0;
            }
            touchedCount = 0;
            if (currentDoc >= documentLengths.Length) Array.Resize(ref documentLengths, Math.Max(documentLengths.Length * 2, currentDoc + 1));
            documentLengths[currentDoc] = currentLength;
            totalLength += currentLength;
            documentCount = currentDoc + 1;
        }

        public FieldIndex Build(int documentCount)
        {
            documentCount = Math.Max(documentCount, this.documentCount);
            terms.Trim();
            var termCount = terms.Count;
            for (var term = 0; term < termCount; term++)
                Array.Resize(ref postings[term], postingLength[term]);
            Array.Resize(ref postings, termCount);
            Array.Resize(ref postingLength, termCount);
            Array.Resize(ref documentFrequency, termCount);
            Array.Resize(ref documentLengths, documentCount);
            var average = documentCount == 0 ? 0 : (double)totalLength / documentCount;
            return new FieldIndex(terms, postings, documentFrequency, documentLengths, average);
        }

        private void Count(int term)
        {
            if (term >= pendingFrequency.Length) GrowTerms(term + 1);
            if (pendingFrequency[term]++ == 0)
            {
                if (touchedCount == touched.Length) Array.Resize(ref touched, touched.Length * 2);
                touched[touchedCount++] = term;
            }
            currentLength++;
        }

        private void Append(int term, int frequency)
        {
            var bytes = postings[term];
            var length = postingLength[term];
            if (bytes == null) bytes = postings[term] = new byte[16];
            else if (length + MaxPostingBytes > bytes.Length) Array.Resize(ref postings[term], bytes.Length * 2);
            var gap = currentDoc + 1 - lastDocPlusOne[term];
            postingLength[term] = PostingReader.Write(postings[term], length, gap, frequency);
            lastDocPlusOne[term] = currentDoc + 1;
            documentFrequency[term]++;
        }

        private void GrowTerms(int needed)
        {
            var size = Math.Max(needed, pendingFrequency.Length * 2);
            Array.Resize(ref postings, size);
            Array.Resize(ref postingLength, size);
            Array.Resize(ref lastDocPlusOne, size);
            Array.Resize(ref documentFrequency, size);
            Array.Resize(ref pendingFrequency, size);
        }
    }
}
