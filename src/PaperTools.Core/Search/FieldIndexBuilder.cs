using System.Runtime.InteropServices;

namespace PaperTools.Search;

/// <summary>
/// Builds one field's inverted index, documents in ascending order. A document's term frequencies gather in
/// the per-term state; EndDocument appends one posting per distinct term. Everything a term needs while
/// building sits in one struct, so a word costs one cache line, and nothing is allocated per document.
/// </summary>
internal sealed class FieldIndexBuilder
{
    private struct TermState
    {
        public PostingPool.Cursor Postings;
        public int LastDocPlusOne;
        public int DocumentFrequency;
        public int Pending;
    }

    // How many words ahead of its lookup a word's term state is prefetched (its slot was, as the words were read).
    private const int StateLookAhead = 8;

    private readonly TermDictionary terms = new TermDictionary();
    private PostingPool postings = new PostingPool();
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
        // All words first, each word's dictionary slot prefetched as it is read, then all lookups, each prefetching the
        // term state of a word further on: the lookups then rarely wait for memory (the dictionary and the states of
        // 100,000 words are larger than the cache).
        var words = 0;
        var used = 0;
        var position = 0;
        while (true)
        {
            if (used + WordTokenizer.MaxWordLength > wordChars.Length)
                Array.Resize(ref wordChars, wordChars.Length * 2);
            var length = tokenizer.Next(text, ref position, wordChars, used);
            if (length == 0) break;
            if (words == prepared.Length) Array.Resize(ref prepared, prepared.Length * 2);
            ref var word = ref prepared[words++];
            word.Start = used;
            word.Length = length;
            word.Hash = TermDictionary.Prepare(wordChars, used, length, out word.Low, out word.High);
            terms.Prefetch(word.Hash);
            used += length;
        }
        for (var i = 0; i < words && i < StateLookAhead; i++) Anticipate(ref prepared[i]);
        for (var i = 0; i < words; i++)
        {
            if (i + StateLookAhead < words) Anticipate(ref prepared[i + StateLookAhead]);
            ref var word = ref prepared[i];
            if (vocabulary != null
                && !vocabulary.Holds(wordChars, word.Start, word.Length, word.Low, word.High, word.Hash))
            {
                SkipWords(1);
                continue;
            }
            // A packed word's guess is its id (its keys are the word, ids never change); others need the lookup.
            var term = word.Guess >= 0 && word.Low != 0
                ? word.Guess
                : terms.GetOrAdd(wordChars, word.Start, word.Length, word.Low, word.High, word.Hash);
            Count(term);
            sequences?.Add(term);
        }
    }

    /// <summary>A word's id guessed ahead of its lookup, and its term state prefetched by that guess.</summary>
    private void Anticipate(ref PreparedWord word)
    {
        word.Guess = terms.Guess(word.Hash, word.Low, word.High);
        if ((uint)word.Guess < (uint)states.Length) CachePrefetch.Line(ref states[word.Guess]);
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
    /// hash, and its id as <see cref="TermDictionary.Guess"/> gave it.</summary>
    private struct PreparedWord
    {
        public ulong Low;
        public ulong High;
        public int Hash;
        public int Start;
        public int Length;
        public int Guess;
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
            postings.Append(ref state.Postings, postingDoc - state.LastDocPlusOne, state.Pending);
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
        var documentFrequency = new int[termCount];
        var lengths = new int[termCount];
        var lastDocPlusOne = new int[termCount];
        var firstPosting = new byte[PostingReader.MaxBytes];
        // First each term's merged length, then its bytes: each run's in run order, laid out in term id order.
        ForEachRunsTerm(parts, ownTerms, localToGlobal, (part, local, term) =>
        {
            ref var state = ref part.states[local];
            var rebased = part.Rebase(state, lastDocPlusOne[term], firstPosting, out var skip);
            lengths[term] += rebased + state.Postings.Length - skip;
            lastDocPlusOne[term] = state.LastDocPlusOne;
            documentFrequency[term] += state.DocumentFrequency;
        });
        var postings = new PostingLists(lengths);
        Array.Clear(lastDocPlusOne);
        var written = new int[termCount];
        ForEachRunsTerm(parts, ownTerms, localToGlobal, (part, local, term) =>
        {
            ref var state = ref part.states[local];
            var rebased = part.Rebase(state, lastDocPlusOne[term], firstPosting, out var skip);
            var into = postings.Of(term).Slice(written[term]);
            firstPosting.AsSpan(0, rebased).CopyTo(into);
            written[term] += rebased + part.postings.CopyTo(state.Postings, skip, into.Slice(rebased));
            lastDocPlusOne[term] = state.LastDocPlusOne;
        });
        terms.Trim();
        var documentLengths = new int[documentCount];
        long totalLength = 0;
        foreach (var part in parts)
        {
            if (part.firstDoc >= 0) Array.Copy(part.documentLengths, 0, documentLengths, part.firstDoc,
                part.currentDoc - part.firstDoc + 1);
            totalLength += part.totalLength;
            part.states = Array.Empty<TermState>();
            part.postings = new PostingPool(); // copied into the merged lists: let its blocks go
        }
        var average = documentCount == 0 ? 0 : (double)totalLength / documentCount;
        // Every part keeps word order when the first does: they are built alike.
        var sequences = parts[0].sequences == null
            ? null
            : TermSequences.Merge(parts.Select(p => p.sequences!).ToList(), localToGlobal);
        return new FieldIndex(terms, postings, documentFrequency, documentLengths, average, sequences);
    }

    /// <summary>Visits each run's terms that have postings, runs in order, with the term's merged id.</summary>
    private static void ForEachRunsTerm(IReadOnlyList<FieldIndexBuilder> parts, int[] ownTerms, int[][] localToGlobal,
        Action<FieldIndexBuilder, int, int> visit)
    {
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            for (var local = 0; local < ownTerms[p]; local++)
                if (part.states[local].DocumentFrequency != 0)
                    visit(part, local, p == 0 ? local : localToGlobal[p][local]);
        }
    }

    /// <summary>
    /// How a run's postings of a term join the runs before it: every run started its gaps from document -1, so a later
    /// run's first posting is written again into firstPosting, its gap from the previous run's last document, and its
    /// first skip bytes are left out. Returns the bytes written (0, skip 0, when no run before had the term).
    /// </summary>
    private int Rebase(in TermState state, int previousLastDocPlusOne, Span<byte> firstPosting, out int skip)
    {
        skip = 0;
        if (previousLastDocPlusOne == 0) return 0;
        skip = postings.FirstPosting(state.Postings, out var doc, out var frequency);
        return PostingReader.Write(ref MemoryMarshal.GetReference(firstPosting), 0, doc + 1 - previousLastDocPlusOne,
            frequency);
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
