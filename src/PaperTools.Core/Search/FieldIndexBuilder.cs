using System.Runtime.InteropServices;

namespace PaperTools.Search;

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
        public byte[]? Postings; // null until the term's first document
        public int Length;
        // Postings.Length, kept here: reading it from the array would touch one more cache line per posting
        public int Capacity;
        public int LastDocPlusOne;
        public int DocumentFrequency;
        public int Pending;
    }

    private readonly TermDictionary terms = new TermDictionary();
    private readonly WordTokenizer tokenizer = new WordTokenizer();
    private readonly TermSequences? sequences;
    private readonly QueryVocabulary? vocabulary; // null: every word; else only these, the others only counted
    private readonly char[] keywordBuffer = new char[256];
    private readonly List<int> wordStarts = new List<int>();
    private PreparedWord[] prepared = new PreparedWord[256];
    private char[] wordChars = new char[4096];
    private TermState[] states = new TermState[512];
    private int[] touched = new int[64];
    private int touchedCount;
    private int[] documentLengths = new int[1024]; // from firstDoc on
    private long totalLength;
    private int firstDoc = -1;
    private int currentDoc = -1;
    private int currentLength;

    /// <param name="keepsWordOrder">Also record each document's words in order, for phrase queries (title, abstract,
    /// authors).</param>
    /// <param name="vocabulary">When given, index only these words: the index answers that one query alone.</param>
    public FieldIndexBuilder(bool keepsWordOrder, QueryVocabulary? vocabulary = null)
    {
        if (keepsWordOrder) sequences = new TermSequences();
        this.vocabulary = vocabulary;
    }

    /// <summary>False when the builder's query never looks in this field, so its texts need not be read.</summary>
    public bool Reads => vocabulary == null || !vocabulary.IsEmpty;

    public void BeginDocument(int doc)
    {
        if (doc <= currentDoc) throw new ArgumentOutOfRangeException(nameof(doc),
            "Documents must be added in ascending order.");
        if (firstDoc < 0) firstDoc = doc;
        currentDoc = doc;
        currentLength = 0;
        sequences?.BeginDocument(doc);
    }

    /// <summary>One text of the current document; a phrase never runs from one text into the next (two
    /// authors).</summary>
    public void AddText(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Reads) return;
        if (vocabulary != null && vocabulary.Misses(text, out var skipped))
        {
            currentLength += skipped; // none of the query's words, and no phrase to break: only its length counts
            return;
        }
        sequences?.BeginText();
        if (vocabulary != null && vocabulary.WordStarts(text, wordStarts))
        {
            AddWordsAt(text, vocabulary);
            return;
        }
        // All words first, then all lookups: the lookups no longer wait on each other, so their cache misses overlap.
        var words = 0;
        var used = 0;
        var position = 0;
        while (tokenizer.Next(text, ref position))
        {
            if (words == prepared.Length) Array.Resize(ref prepared, prepared.Length * 2);
            if (used + tokenizer.Length > wordChars.Length)
                Array.Resize(ref wordChars, Math.Max(wordChars.Length * 2, used + tokenizer.Length));
            Array.Copy(tokenizer.Buffer, 0, wordChars, used, tokenizer.Length);
            ref var word = ref prepared[words++];
            word.Start = used;
            word.Length = tokenizer.Length;
            word.Hash = TermDictionary.Prepare(wordChars, used, tokenizer.Length, out word.Low, out word.High);
            used += tokenizer.Length;
        }
        for (var i = 0; i < words; i++)
        {
            ref var word = ref prepared[i];
            if (vocabulary != null
                && !vocabulary.Holds(wordChars, word.Start, word.Length, word.Low, word.High, word.Hash))
            {
                SkipWords(1);
                continue;
            }
            var term = terms.GetOrAdd(wordChars, word.Start, word.Length, word.Low, word.High, word.Hash);
            Count(term);
            sequences?.Add(term);
        }
    }

    /// <summary>
    /// An ASCII text's words for a one-query index: only the words at wordStarts are read; the runs between them are
    /// counted vectorised and, like any word left out, break phrases. The same counts and sequence as reading all.
    /// </summary>
    private void AddWordsAt(string text, QueryVocabulary vocabulary)
    {
        var position = 0;
        foreach (var start in wordStarts)
        {
            SkipWords(AsciiWords.Count(text.AsSpan(position, start - position)));
            position = start;
            tokenizer.Next(text, ref position);
            var hash = TermDictionary.Prepare(tokenizer.Buffer, 0, tokenizer.Length, out var low, out var high);
            if (!vocabulary.Holds(tokenizer.Buffer, 0, tokenizer.Length, low, high, hash))
            {
                SkipWords(1);
                continue;
            }
            var term = terms.GetOrAdd(tokenizer.Buffer, 0, tokenizer.Length, low, high, hash);
            Count(term);
            sequences?.Add(term);
        }
        SkipWords(AsciiWords.Count(text.AsSpan(position)));
    }

    private void SkipWords(int count)
    {
        if (count == 0) return;
        currentLength += count; // still words of the document, for BM25's length
        sequences?.Break();
    }

    /// <summary>One word of the text being added: where its characters are in wordChars, its dictionary keys and
    /// hash.</summary>
    private struct PreparedWord
    {
        public ulong Low;
        public ulong High;
        public int Hash;
        public int Start;
        public int Length;
    }

    /// <summary>A whole value as one term (categories, identifiers), already normalised by the caller.</summary>
    public void AddKeyword(string? keyword)
    {
        if (string.IsNullOrEmpty(keyword) || !Reads) return;
        var length = Math.Min(keyword.Length, keywordBuffer.Length);
        keyword.CopyTo(0, keywordBuffer, 0, length);
        if (vocabulary != null)
        {
            var hash = TermDictionary.Prepare(keywordBuffer, 0, length, out var low, out var high);
            if (!vocabulary.Holds(keywordBuffer, 0, length, low, high, hash))
            {
                currentLength++;
                return;
            }
        }
        Count(terms.GetOrAdd(keywordBuffer, length));
    }

    public void EndDocument()
    {
        var postingDoc = currentDoc + 1;
        for (var i = 0; i < touchedCount; i++)
        {
            ref var state = ref states[touched[i]];
            if (state.Length + MaxPostingBytes > state.Capacity)
            {
                state.Capacity = Math.Max(16, state.Capacity * 2);
                Array.Resize(ref state.Postings, state.Capacity);
            }
            // Capacity starts at 0, so the term's first document made its array above.
            state.Length = PostingReader.Write(ref MemoryMarshal.GetArrayDataReference(state.Postings!), state.Length,
                postingDoc - state.LastDocPlusOne, state.Pending);
            state.LastDocPlusOne = postingDoc;
            state.DocumentFrequency++;
            state.Pending = 0;
        }
        touchedCount = 0;
        sequences?.EndDocument();
        var at = currentDoc - firstDoc;
        if (at >= documentLengths.Length)
            Array.Resize(ref documentLengths, Math.Max(documentLengths.Length * 2, at + 1));
        documentLengths[at] = currentLength;
        totalLength += currentLength;
    }

    /// <summary>
    /// The finished index over documents 0..documentCount-1 from builders that each took one ascending,
    /// contiguous run of documents, in document order (one builder per thread). Later builders' words join
    /// the first builder's dictionary; each term's postings are concatenated, re-basing only the first gap of
    /// each later run, since every run started its gaps from document -1.
    /// </summary>
    public static FieldIndex Merge(IReadOnlyList<FieldIndexBuilder> parts, int documentCount)
    {
        var terms = parts[0].terms;
        // the first part's dictionary grows below; its own words are the first ones
        var ownTerms = new int[parts.Count];
        for (var p = 0; p < parts.Count; p++) ownTerms[p] = parts[p].terms.Count;
        var localToGlobal = new int[parts.Count][];
        var buffer = new char[Math.Max(WordTokenizer.MaxWordLength, 256)];
        for (var p = 1; p < parts.Count; p++)
        {
            var part = parts[p];
            localToGlobal[p] = new int[ownTerms[p]];
            for (var local = 0; local < ownTerms[p]; local++)
                localToGlobal[p][local] = terms.GetOrAdd(buffer, part.terms.CopyTo(local, buffer));
        }
        var termCount = terms.Count;
        var postings = new byte[termCount][];
        var documentFrequency = new int[termCount];
        var length = new int[termCount];
        var lastDocPlusOne = new int[termCount];
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            for (var local = 0; local < ownTerms[p]; local++)
            {
                var term = p == 0 ? local : localToGlobal[p][local];
                ref var state = ref part.states[local];
                if (state.DocumentFrequency == 0) continue;
                // A term with a document frequency has postings (EndDocument made them).
                Append(ref postings[term], ref length[term], state.Postings!, state.Length, lastDocPlusOne[term]);
                lastDocPlusOne[term] = state.LastDocPlusOne;
                documentFrequency[term] += state.DocumentFrequency;
                state.Postings = null;
            }
        }
        for (var term = 0; term < termCount; term++)
        {
            if (postings[term] == null) postings[term] = Array.Empty<byte>();
            else if (postings[term].Length != length[term]) Array.Resize(ref postings[term], length[term]);
        }
        terms.Trim();
        var documentLengths = new int[documentCount];
        long totalLength = 0;
        foreach (var part in parts)
        {
            if (part.firstDoc >= 0) Array.Copy(part.documentLengths, 0, documentLengths, part.firstDoc,
                part.currentDoc - part.firstDoc + 1);
            totalLength += part.totalLength;
            part.states = Array.Empty<TermState>();
        }
        var average = documentCount == 0 ? 0 : (double)totalLength / documentCount;
        // Every part keeps word order when the first does: they are built alike.
        var sequences = parts[0].sequences == null
            ? null
            : TermSequences.Merge(parts.Select(p => p.sequences!).ToList(), localToGlobal);
        return new FieldIndex(terms, postings, documentFrequency, documentLengths, average, sequences);
    }

    /// <summary>Appends one run's postings to a term's merged bytes, its first gap re-based on the previous run's last
    /// document.</summary>
    private static void Append(ref byte[] merged, ref int mergedLength, byte[] run, int runLength,
        int previousLastDocPlusOne)
    {
        // No run before had the term (then previousLastDocPlusOne is 0 too): the run is its postings.
        if (merged == null)
        {
            merged = run;
            mergedLength = runLength;
            return;
        }
        var reader = new PostingReader(run, runLength);
        reader.MoveNext();
        var rest = reader.Position;
        var needed = mergedLength + MaxPostingBytes + (runLength - rest);
        if (merged.Length < needed) Array.Resize(ref merged, Math.Max(needed, merged.Length + merged.Length / 2));
        mergedLength = PostingReader.Write(merged, mergedLength, reader.Doc + 1 - previousLastDocPlusOne,
            reader.Frequency);
        Array.Copy(run, rest, merged, mergedLength, runLength - rest);
        mergedLength += runLength - rest;
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
