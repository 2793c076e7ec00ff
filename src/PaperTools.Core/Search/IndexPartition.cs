using System;
using System.Collections.Generic;
using System.Threading;

namespace PaperTools.Search
{
    /// <summary>The five field builders for one contiguous run of papers; runs are built on separate threads, then merged.</summary>
    internal sealed class IndexPartition
    {
        public FieldIndexBuilder Title { get; } = new FieldIndexBuilder(keepsWordOrder: true);
        public FieldIndexBuilder Abstract { get; } = new FieldIndexBuilder(keepsWordOrder: true);
        public FieldIndexBuilder Authors { get; } = new FieldIndexBuilder(keepsWordOrder: true);
        public FieldIndexBuilder Categories { get; } = new FieldIndexBuilder(keepsWordOrder: false);
        public FieldIndexBuilder Ids { get; } = new FieldIndexBuilder(keepsWordOrder: false);

        /// <summary>Indexes papers[start..end); a null entry indexes as an empty paper.</summary>
        public static IndexPartition Build(IReadOnlyList<Paper> papers, int start, int end, CancellationToken cancellation)
        {
            var partition = new IndexPartition();
            for (var doc = start; doc < end; doc++)
            {
                if ((doc & 4095) == 0) cancellation.ThrowIfCancellationRequested();
                partition.Add(doc, papers[doc] ?? new Paper());
            }
            return partition;
        }

        private void Add(int doc, Paper paper)
        {
            Title.BeginDocument(doc);
            Title.AddText(paper.Title);
            Title.EndDocument();
            Abstract.BeginDocument(doc);
            Abstract.AddText(paper.Abstract);
            Abstract.EndDocument();
            Authors.BeginDocument(doc);
            foreach (var author in paper.Authors ?? Array.Empty<string>()) Authors.AddText(author);
            Authors.EndDocument();
            Categories.BeginDocument(doc);
            foreach (var category in paper.Categories ?? Array.Empty<string>()) Categories.AddKeyword(QueryFields.NormalizeKeyword(SearchField.Category, category));
            Categories.EndDocument();
            Ids.BeginDocument(doc);
            Ids.AddKeyword(QueryFields.NormalizeKeyword(SearchField.Id, paper.ArxivId));
            Ids.AddKeyword(QueryFields.NormalizeKeyword(SearchField.Id, paper.Doi));
            Ids.EndDocument();
        }
    }
}
