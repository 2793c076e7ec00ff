using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperTools.Export;

namespace PaperTools.CslJson
{
    /// <summary>
    /// One paper as a CSL-JSON item, as Zotero, pandoc's citeproc and citation-js read it: the record key as "id",
    /// a CSL type (article-journal, paper-conference, or article, CSL's type for preprints), names in parts
    /// (family/given, or literal for a collaboration), the date as date-parts, and for an arXiv preprint the
    /// publisher "arXiv" and number "arXiv:ID", the shape Zotero gives preprints.
    /// </summary>
    public static class CslItemWriter
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,
            // Names and titles stay readable (Łukasz, not \u0141ukasz); quotes, backslashes and control characters are still escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The item, indented by <paramref name="indent"/> spaces, lines ending in <paramref name="newLine"/>.</summary>
        public static string Write(ExportRecord record, int indent, string newLine)
        {
            var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options)) WriteItem(json, record);
            var text = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n");
            var pad = new string(' ', indent);
            return pad + text.Replace("\n", newLine + pad);
        }

        private static void WriteItem(Utf8JsonWriter json, ExportRecord record)
        {
            var paper = record.Paper;
            var kind = PaperKinds.Of(paper);
            json.WriteStartObject();
            json.WriteString("id", record.Key);
            json.WriteString("type", kind == PaperKind.JournalArticle ? "article-journal" : kind == PaperKind.ConferencePaper ? "paper-conference" : "article");
            String(json, "title", paper.Title);
            if (paper.Authors.Length > 0)
            {
                json.WriteStartArray("author");
                foreach (var author in paper.Authors)
                {
                    var name = PersonName.Parse(author);
                    if (name == null) continue;
                    json.WriteStartObject();
                    if (name.Literal != null) json.WriteString("literal", name.Literal);
                    else
                    {
                        json.WriteString("family", name.Family);
                        String(json, "given", name.Given);
                        String(json, "suffix", name.Suffix);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            Issued(json, paper);
            String(json, "container-title", paper.Venue);
            if (kind == PaperKind.Preprint)
            {
                String(json, "publisher", PaperKinds.Server(paper));
                if (paper.ArxivId != null) json.WriteString("number", "arXiv:" + paper.ArxivId);
            }
            else if (paper.ArxivId != null)
            {
                // A published paper's arXiv preprint: where the work is also archived.
                json.WriteString("archive", "arXiv");
                json.WriteString("archive_location", "arXiv:" + paper.ArxivId);
            }
            String(json, "DOI", PaperKinds.Doi(paper));
            String(json, "URL", paper.Url ?? Digests.ArxivLinks.Abstract(paper.ArxivId));
            String(json, "abstract", paper.Abstract);
            if (paper.Keywords.Length > 0) String(json, "keyword", string.Join(", ", paper.Keywords.Distinct(System.StringComparer.Ordinal)));
            String(json, "note", paper.Comments);
            json.WriteEndObject();
        }

        // [[2017, 6, 12]] when the day is known, [[2017]] when only the year is; nothing when neither is stated.
        private static void Issued(Utf8JsonWriter json, Paper paper)
        {
            var year = PaperKinds.Year(paper);
            if (year == null) return;
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(year.Value);
            if (paper.Published != null && paper.Published.Value.Year == year)
            {
                json.WriteNumberValue(paper.Published.Value.Month);
                json.WriteNumberValue(paper.Published.Value.Day);
            }
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void String(Utf8JsonWriter json, string name, string value)
        {
            var text = Whitespace.Collapse(value);
            if (text != null) json.WriteString(name, text);
        }
    }
}
