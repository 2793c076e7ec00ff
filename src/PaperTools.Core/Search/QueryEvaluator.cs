namespace PaperTools.Search;

/// <summary>
/// Runs a query tree over a <see cref="PaperIndex"/>: every node becomes a document bitmap (NOT is a
/// complement, so "-face" alone means every paper without face). Leaves outside any NOT are remembered as
/// <see cref="LeafHit"/>s: they are what scores BM25 and what the Matches note lists.
/// </summary>
internal sealed class QueryEvaluator
{
    private static readonly SearchField[] AnyFields = { SearchField.Title, SearchField.Abstract };
    private static readonly SearchField[] NoteOrder = { SearchField.Title, SearchField.Abstract, SearchField.Author,
        SearchField.Category, SearchField.Id };

    private readonly PaperIndex index;
    private readonly List<LeafHit> hits = new List<LeafHit>();

    public QueryEvaluator(PaperIndex index)
    {
        this.index = index;
    }

    public DocSet Evaluate(QueryNode node, bool negated = false)
    {
        switch (node)
        {
            case AndNode and:
                return Combine(and.Children, negated, (set, other) => set.IntersectWith(other));
            case OrNode or:
                return Combine(or.Children, negated, (set, other) => set.UnionWith(other));
            case NotNode not:
                var inner = Evaluate(not.Child, !negated);
                inner.Complement();
                return inner;
            case QueryLeaf leaf:
                return EvaluateLeaf(leaf, negated);
            default:
                throw new ArgumentException("Unknown query node " + node?.GetType().Name, nameof(node));
        }
    }

    /// <summary>
    /// BM25 of each matched document (weighted title + abstract, positive leaves only), aligned with matched,
    /// which is ascending. Postings are ascending too, so each term is one merge walk: no index-sized array.
    /// </summary>
    public double[] Score(int[] matched)
    {
        var scores = new double[matched.Length];
        foreach (var hit in hits)
        {
            var weight = Bm25.Weight(hit.Field);
            if (weight == 0) continue;
            var field = index.Field(hit.Field);
            foreach (var term in hit.TermIds)
            {
                var idf = weight * Bm25.Idf(field.DocumentCount, field.DocumentFrequency(term));
                var postings = field.Postings(term);
                var at = 0;
                while (at < matched.Length && postings.MoveNext())
                {
                    var doc = postings.Doc;
                    while (at < matched.Length && matched[at] < doc) at++;
                    if (at < matched.Length && matched[at] == doc && hit.Documents.Contains(doc))
                        scores[at] += idf * Bm25.Frequency(postings.Frequency, field.Length(doc), field.AverageLength);
                }
            }
        }
        return scores;
    }

    /// <summary>"title: margin, loss; abstract: softmax": the leaves that hit this document, field by field.</summary>
    public string Describe(int doc)
    {
        var note = new StringBuilder();
        foreach (var field in NoteOrder)
        {
            var terms = hits.Where(h => h.Field == field
                && h.Documents.Contains(doc)).Select(h => h.Leaf.Display).Distinct().ToList();
            if (terms.Count == 0) continue;
            if (note.Length > 0) note.Append("; ");
            note.Append(QueryFields.Name(field)).Append(": ").Append(string.Join(", ", terms));
        }
        return note.ToString();
    }

    private DocSet Combine(IReadOnlyList<QueryNode> children, bool negated, Action<DocSet, DocSet> merge)
    {
        var result = Evaluate(children[0], negated);
        for (var i = 1; i < children.Count; i++) merge(result, Evaluate(children[i], negated));
        return result;
    }

    private DocSet EvaluateLeaf(QueryLeaf leaf, bool negated)
    {
        var result = new DocSet(index.Count);
        foreach (var fieldName in leaf.Field == SearchField.Any ? AnyFields : new[] { leaf.Field })
        {
            var field = index.Field(fieldName);
            var termIds = TermIds(leaf, field);
            var documents = leaf is PhraseNode ? PhraseDocuments(field, termIds) : field.Documents(termIds);
            if (!negated) hits.Add(new LeafHit(leaf, fieldName, documents, termIds));
            result.UnionWith(documents);
        }
        return result;
    }

    private static List<int> TermIds(QueryLeaf leaf, FieldIndex field)
    {
        switch (leaf)
        {
            case TermNode term:
                var id = field.Find(term.Term);
                return id < 0 ? new List<int>() : new List<int> { id };
            case WildcardNode wildcard:
                return field.Matching(new GlobPattern(wildcard.Pattern));
            case PhraseNode phrase:
                var ids = phrase.Terms.Select(field.Find).ToList();
                return ids.Contains(-1) ? new List<int>() : ids;
            default:
                throw new ArgumentException("Unknown query leaf " + leaf.GetType().Name, nameof(leaf));
        }
    }

    /// <summary>
    /// Papers holding the phrase: the documents in every word's postings (one merge walk over the lists, no bitmap per
    /// word), each confirmed in the field's words in order (one byte search).
    /// </summary>
    private DocSet PhraseDocuments(FieldIndex field, List<int> termIds)
    {
        var confirmed = new DocSet(index.Count);
        if (termIds.Count == 0 || field.Sequences == null) return confirmed;
        var phrase = TermSequences.Encode(termIds);
        var lists = termIds.Distinct().Select(field.Postings).ToArray();
        if (!lists[0].MoveNext()) return confirmed;
        var doc = lists[0].Doc;
        var agreeing = 1;
        for (var i = 1; agreeing < lists.Length; i = (i + 1) % lists.Length)
        {
            ref var list = ref lists[i];
            while (list.Doc < doc)
                if (!list.MoveNext()) return confirmed;
            if (list.Doc == doc) agreeing++;
            else
            {
                doc = list.Doc;
                agreeing = 1;
                continue;
            }
            if (agreeing < lists.Length) continue;
            if (field.Sequences.Contains(doc, phrase)) confirmed.Add(doc);
            if (!list.MoveNext()) return confirmed;
            doc = list.Doc;
            agreeing = 1;
        }
        // One distinct word: every document in its postings is a candidate.
        do
        {
            if (field.Sequences.Contains(lists[0].Doc, phrase)) confirmed.Add(lists[0].Doc);
        } while (lists[0].MoveNext());
        return confirmed;
    }
}
