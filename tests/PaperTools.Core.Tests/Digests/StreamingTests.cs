using System;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>
/// The new readers stream: the first paper of a large file arrives after a small part of it has been read,
/// as Import-PaperDigest writes each paper as it comes.
/// </summary>
public class StreamingTests
{
    private const int Records = 4000;

    public static TheoryData<string> Shapes() => new TheoryData<string> { "oai", "pubmed", "ris", "semanticscholar", "openalex", "csl" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TheFirstPaperArrivesBeforeTheFileIsRead(string shape)
    {
        var text = Large(shape);
        var counting = new CountingReader(text);
        var source = new DigestSource("large", new UTF8Encoding(false), text.Substring(0, DigestDecoder.HeadChars), null, () => counting.Reset());
        var papers = new DigestImporter().Import(source, new DigestReadContext(new DigestImportOptions(), p => Assert.Fail(p.ToString())));
        using (var e = papers.GetEnumerator())
        {
            Assert.True(e.MoveNext());
            Assert.Equal("Paper 0", e.Current.Title);
            Assert.True(counting.Consumed < text.Length / 10, $"{counting.Consumed:N0} of {text.Length:N0} characters were read before the first paper");
            var count = 1;
            while (e.MoveNext()) count++;
            Assert.Equal(Records, count);
        }
    }

    private static string Large(string shape)
    {
        string Item(int i) => shape switch
        {
            "oai" => $"<record><header><identifier>oai:arXiv.org:2401.{i:D5}</identifier></header><metadata><arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>2401.{i:D5}</id><title>Paper {i}</title><abstract>{new string('a', 400)}</abstract></arXiv></metadata></record>\n",
            "pubmed" => $"<PubmedArticle><MedlineCitation><PMID>{i + 1}</PMID><Article><ArticleTitle>Paper {i}</ArticleTitle><Abstract><AbstractText>{new string('a', 400)}</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>\n",
            "ris" => $"TY  - JOUR\r\nTI  - Paper {i}\r\nAB  - {new string('a', 400)}\r\nER  - \r\n\r\n",
            "semanticscholar" => $"{{\"paperId\": \"p{i}\", \"title\": \"Paper {i}\", \"abstract\": \"{new string('a', 400)}\"}}",
            "openalex" => $"{{\"id\": \"https://openalex.org/W{i + 1}\", \"title\": \"Paper {i}\", \"publication_year\": 2020}}",
            _ => $"{{\"id\": \"k{i}\", \"type\": \"article\", \"title\": \"Paper {i}\", \"abstract\": \"{new string('a', 400)}\"}}",
        };
        var items = Enumerable.Range(0, Records).Select(Item);
        return shape switch
        {
            "oai" => "<?xml version=\"1.0\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><request verb=\"ListRecords\" metadataPrefix=\"arXiv\">http://export.arxiv.org/oai2</request><ListRecords>\n" + string.Concat(items) + "</ListRecords></OAI-PMH>\n",
            "pubmed" => "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n<PubmedArticleSet>\n" + string.Concat(items) + "</PubmedArticleSet>\n",
            "ris" => string.Concat(items),
            "semanticscholar" => "{\"total\": 4000, \"offset\": 0, \"data\": [\n" + string.Join(",\n", items) + "]}\n",
            "openalex" => "{\"meta\": {\"count\": 4000}, \"results\": [\n" + string.Join(",\n", items) + "]}\n",
            _ => "[\n" + string.Join(",\n", items) + "\n]\n",
        };
    }

    /// <summary>A reader over a string that counts how much of it has been handed out.</summary>
    private sealed class CountingReader : TextReader
    {
        private readonly string text;
        private int position;

        public CountingReader(string text) => this.text = text;

        public int Consumed { get; private set; }

        public TextReader Reset()
        {
            position = 0;
            return this;
        }

        public override int Peek() => position < text.Length ? text[position] : -1;

        public override int Read()
        {
            if (position >= text.Length) return -1;
            Consumed = Math.Max(Consumed, position + 1);
            return text[position++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, text.Length - position);
            text.CopyTo(position, buffer, index, n);
            position += n;
            Consumed = Math.Max(Consumed, position);
            return n;
        }
    }
}
