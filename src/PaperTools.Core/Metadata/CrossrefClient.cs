using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaperTools.Digests.Crossref;

namespace PaperTools.Metadata
{
    /// <summary>
    /// The Crossref REST API (api.crossref.org): /works/{doi} for one work, /works?query.bibliographic= for a title.
    /// With a contact address, mailto= puts the requests in Crossref's polite pool; it is left out of the cache key, as it
    /// does not change the answer. select= asks only for the fields a paper uses. Replies are read by <see cref="CrossrefJsonReader"/>.
    /// </summary>
    public sealed class CrossrefClient
    {
        public const int SearchRows = 5;
        // Fields Crossref allows in select= (an unknown one is a 400).
        private const string Fields = "DOI,title,subtitle,author,issued,container-title,URL,abstract,relation,subject,type";

        private readonly MetadataFetcher fetcher;
        private readonly string root;
        private readonly string mailto;

        public CrossrefClient(MetadataFetcher fetcher, MetadataEndpoints endpoints, string contact)
        {
            this.fetcher = fetcher;
            root = endpoints.Crossref;
            mailto = string.IsNullOrWhiteSpace(contact) ? string.Empty : "mailto=" + Uri.EscapeDataString(contact.Trim());
        }

        /// <summary>The work a DOI names: a list of one, empty when Crossref has no such DOI, null when it could not answer.</summary>
        public IReadOnlyList<Paper> Work(string doi, CancellationToken cancellation)
        {
            // A DOI's slashes are part of the route (/works/10.1371/journal.pone.0033693); everything else is escaped.
            var path = string.Join("/", doi.Trim().Split('/').Select(Uri.EscapeDataString));
            var key = $"{root}/works/{path}";
            return fetcher.Get(new MetadataRequest(MetadataService.Crossref, WithMailto(key), key, $"work {doi}", absentIsAnswer: true), reply => Parse(key, reply, cancellation), cancellation);
        }

        public IReadOnlyList<Paper> Search(string title, CancellationToken cancellation)
        {
            var query = Whitespace.Collapse(title);
            if (query == null) return Array.Empty<Paper>();
            var key = $"{root}/works?query.bibliographic={Uri.EscapeDataString(query)}&rows={SearchRows}&select={Uri.EscapeDataString(Fields)}";
            return fetcher.Get(new MetadataRequest(MetadataService.Crossref, WithMailto(key), key, "bibliographic search"), reply => Parse(key, reply, cancellation), cancellation);
        }

        private string WithMailto(string url) => mailto.Length == 0 ? url : url + (url.IndexOf('?') < 0 ? "?" : "&") + mailto;

        private static IReadOnlyList<Paper> Parse(string url, MetadataReply reply, CancellationToken cancellation)
            => reply.IsAbsent ? Array.Empty<Paper>() : ServiceParsing.Read(new CrossrefJsonReader(), url, reply.Body, cancellation);
    }
}
