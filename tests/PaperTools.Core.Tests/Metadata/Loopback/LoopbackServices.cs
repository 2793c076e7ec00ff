using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace PaperTools.Tests.Metadata.Loopback;

/// <summary>What a loopback service does instead of answering normally, once, for the next request it gets.</summary>
public sealed class Fault
{
    public enum Kinds { Status, Slow, CutShort, HtmlPage, Malformed, ArxivError }

    public Kinds Kind { get; private set; }
    public int Code { get; private set; }
    public int? RetryAfterSeconds { get; private set; }
    public string Body { get; private set; }
    public string ContentType { get; private set; }
    public TimeSpan Delay { get; private set; }

    /// <summary>An HTTP status instead of the answer (429 and 503 with Retry-After, 500, 404 ...).</summary>
    public static Fault Status(int code, int? retryAfterSeconds = null, string body = "", string contentType = "text/plain")
        => new Fault { Kind = Kinds.Status, Code = code, RetryAfterSeconds = retryAfterSeconds, Body = body, ContentType = contentType };

    /// <summary>The normal answer, after <paramref name="delay"/>.</summary>
    public static Fault Slow(TimeSpan delay) => new Fault { Kind = Kinds.Slow, Delay = delay };

    /// <summary>The normal answer's headers promise the whole body; half is sent and the connection dropped.</summary>
    public static Fault CutShort() => new Fault { Kind = Kinds.CutShort };

    /// <summary>An HTML page (a proxy's or a load balancer's) where data was expected.</summary>
    public static Fault HtmlPage(int code = 200) => new Fault { Kind = Kinds.HtmlPage, Code = code };

    /// <summary>A complete HTTP reply whose body is the first half of the normal answer.</summary>
    public static Fault Malformed() => new Fault { Kind = Kinds.Malformed };

    /// <summary>arXiv's error feed with HTTP 400, as for a malformed query.</summary>
    public static Fault ArxivError(string message) => new Fault { Kind = Kinds.ArxivError, Body = message };
}

/// <summary>One request as the loopback server saw it.</summary>
public sealed class ReceivedRequest
{
    public string Service;
    public string Path;
    public string Query;
    public string UserAgent;
    public DateTime At;

    public override string ToString() => Path + Query;
}

/// <summary>
/// Hugging Face, arXiv and Crossref on 127.0.0.1, on a free port, answering from a <see cref="ServiceCatalog"/> in
/// each service's reply shape, with faults on demand and canned replies (real responses kept as fixtures) for exact
/// addresses. Point PAPERTOOLS_ARXIV_API at <see cref="ArxivApi"/>, PAPERTOOLS_HUGGINGFACE_API at
/// <see cref="HuggingFaceApi"/> and PAPERTOOLS_CROSSREF_API at <see cref="CrossrefApi"/>. Nothing leaves the machine.
/// </summary>
public sealed class LoopbackServices : IDisposable
{
    private static readonly Regex ArxivIdShape = new Regex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex TitleField = new Regex("ti:\"?(?<words>[^\"]*)\"?", RegexOptions.CultureInvariant);

    private readonly HttpListener listener;
    private readonly Thread acceptor;
    private readonly ConcurrentQueue<ReceivedRequest> requests = new ConcurrentQueue<ReceivedRequest>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> faults = new ConcurrentDictionary<string, ConcurrentQueue<Fault>>();
    private readonly ConcurrentDictionary<string, (int Status, string ContentType, string Body)> canned = new ConcurrentDictionary<string, (int, string, string)>();

    public LoopbackServices(ServiceCatalog catalog)
    {
        Catalog = catalog;
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                Root = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
        acceptor = new Thread(Accept) { IsBackground = true, Name = "loopback services" };
        acceptor.Start();
    }

    public ServiceCatalog Catalog { get; }
    public string Root { get; }
    public string ArxivApi => Root + "/arxiv/api/query";
    public string HuggingFaceApi => Root + "/hf/api";
    public string CrossrefApi => Root + "/crossref";

    public IReadOnlyList<ReceivedRequest> Requests => requests.ToList();

    /// <summary>Requests received by "arxiv", "hf" or "crossref".</summary>
    public int Count(string service) => requests.Count(r => r.Service == service);

    /// <summary>The next requests to <paramref name="service"/> ("arxiv", "hf", "crossref") meet these faults, one each, in order.</summary>
    public void Enqueue(string service, params Fault[] next)
    {
        var queue = faults.GetOrAdd(service, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in next) queue.Enqueue(fault);
    }

    /// <summary>Answers <paramref name="pathAndQuery"/> (as the client sends it) with these bytes, every time.</summary>
    public void Replay(string pathAndQuery, int status, string contentType, string body) => canned[pathAndQuery] = (status, contentType, body);

    private void Accept()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = listener.GetContext(); }
            catch (Exception) { return; }
            // Arrival is stamped here, on the listening thread, so a busy thread pool cannot make two requests look closer than they were.
            var arrived = DateTime.UtcNow;
            ThreadPool.QueueUserWorkItem(_ => Handle(context, arrived));
        }
    }

    private void Handle(HttpListenerContext context, DateTime arrived)
    {
        try
        {
            var path = context.Request.Url.AbsolutePath;
            var query = context.Request.Url.Query;
            var service = path.StartsWith("/arxiv/") ? "arxiv" : path.StartsWith("/hf/") ? "hf" : path.StartsWith("/crossref/") ? "crossref" : "other";
            requests.Enqueue(new ReceivedRequest { Service = service, Path = path, Query = query, UserAgent = context.Request.UserAgent, At = arrived });

            Fault fault = null;
            if (faults.TryGetValue(service, out var queue)) queue.TryDequeue(out fault);
            if (fault != null && fault.Kind == Fault.Kinds.Slow) Thread.Sleep(fault.Delay);

            var (status, contentType, body, retryAfter) = canned.TryGetValue(context.Request.RawUrl, out var reply)
                ? (reply.Status, reply.ContentType, reply.Body, (int?)null)
                : Answer(service, path, Parameters(query));
            if (fault != null)
            {
                switch (fault.Kind)
                {
                    case Fault.Kinds.Status:
                        (status, contentType, body, retryAfter) = (fault.Code, fault.ContentType, fault.Body, fault.RetryAfterSeconds);
                        break;
                    case Fault.Kinds.HtmlPage:
                        // With 200, a page a proxy or portal serves in the API's place; otherwise a gateway's error page.
                        (status, contentType, body) = (fault.Code, "text/html; charset=utf-8", fault.Code == 200
                            ? "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in - Network Access</title></head><body><form action=\"/login\"><input name=\"user\"></form></body></html>\n"
                            : "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n");
                        break;
                    case Fault.Kinds.Malformed:
                        body = body.Substring(0, body.Length / 2);
                        break;
                    case Fault.Kinds.ArxivError:
                        (status, contentType, body) = (400, "application/atom+xml; charset=utf-8", ServiceReplies.ArxivErrorFeed("search_query=&id_list=&start=0&max_results=10", "malformed", fault.Body));
                        break;
                }
            }
            var bytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = contentType;
            if (retryAfter != null) response.Headers["Retry-After"] = retryAfter.Value.ToString(CultureInfo.InvariantCulture);
            if (service == "crossref")
            {
                response.Headers["X-Rate-Limit-Limit"] = "50";
                response.Headers["X-Rate-Limit-Interval"] = "1s";
            }
            response.ContentLength64 = bytes.Length;
            if (fault != null && fault.Kind == Fault.Kinds.CutShort)
            {
                response.OutputStream.Write(bytes, 0, bytes.Length / 2);
                response.OutputStream.Flush();
                response.Abort();
                return;
            }
            response.OutputStream.Write(bytes, 0, bytes.Length);
            response.Close();
        }
        catch (Exception)
        {
            // The client gave up (a time-out test) or the server is stopping: nothing to answer.
            try { context.Response.Abort(); } catch (Exception) { }
        }
    }

    private (int Status, string ContentType, string Body, int? RetryAfter) Answer(string service, string path, Dictionary<string, string> parameters)
    {
        const string Atom = "application/atom+xml; charset=utf-8";
        const string Json = "application/json; charset=utf-8";
        if (service == "arxiv" && path == "/arxiv/api/query")
        {
            var echo = $"search_query={Get(parameters, "search_query")}&id_list={Get(parameters, "id_list")}&start=0&max_results={Get(parameters, "max_results") ?? "10"}";
            var ids = (Get(parameters, "id_list") ?? string.Empty).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(i => i.Trim()).ToList();
            var bad = ids.FirstOrDefault(i => !ArxivIdShape.IsMatch(i));
            if (bad != null) return (400, Atom, ServiceReplies.ArxivErrorFeed(echo, "incorrect_id_format_for_" + bad, "incorrect id format for " + bad), null);
            if (ids.Count > 0)
            {
                var found = ids.Select(i => Catalog.ByArxivId(Regex.Replace(i, "v\\d+$", string.Empty))).Where(p => p != null).ToList();
                return (200, Atom, ServiceReplies.ArxivFeed(echo, found), null);
            }
            var title = TitleField.Match(Get(parameters, "search_query") ?? string.Empty);
            var rows = int.TryParse(Get(parameters, "max_results"), out var r) ? r : 10;
            var hits = title.Success ? Catalog.Search(title.Groups["words"].Value, rows, p => p.ArxivId != null) : new List<KnownPaper>();
            return (200, Atom, ServiceReplies.ArxivFeed(echo, hits), null);
        }
        if (service == "hf")
        {
            if (path == "/hf/api/daily_papers")
            {
                var day = Get(parameters, "date");
                if (day == null || !DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    return (400, Json, "{\"error\":\"Invalid date\"}", null);
                return (200, Json, ServiceReplies.HuggingFaceList(Catalog.DailyList(day), day), null);
            }
            if (path == "/hf/api/papers/search")
                return (200, Json, ServiceReplies.HuggingFaceList(Catalog.Search(Get(parameters, "q") ?? string.Empty, 10, p => p.ArxivId != null), null), null);
            if (path.StartsWith("/hf/api/papers/", StringComparison.Ordinal))
            {
                var paper = Catalog.ByArxivId(Uri.UnescapeDataString(path.Substring("/hf/api/papers/".Length)));
                return paper == null ? (404, Json, "{\"error\":\"Paper not found\"}", (int?)null) : (200, Json, ServiceReplies.HuggingFacePaper(paper), null);
            }
        }
        if (service == "crossref")
        {
            if (path == "/crossref/works")
            {
                var query = Get(parameters, "query.bibliographic") ?? string.Empty;
                var rows = int.TryParse(Get(parameters, "rows"), out var r) ? r : 20;
                return (200, Json, ServiceReplies.CrossrefWorkList(query, Catalog.Search(query, rows, p => p.Doi != null)), null);
            }
            if (path.StartsWith("/crossref/works/", StringComparison.Ordinal))
            {
                var work = Catalog.ByDoi(Uri.UnescapeDataString(path.Substring("/crossref/works/".Length)));
                return work == null ? (404, "text/plain", "Resource not found.", (int?)null) : (200, Json, ServiceReplies.CrossrefWork(work), null);
            }
        }
        return (404, "text/plain", "Not Found", null);
    }

    private static string Get(Dictionary<string, string> parameters, string name) => parameters.TryGetValue(name, out var value) ? value : null;

    private static Dictionary<string, string> Parameters(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString((eq < 0 ? pair : pair.Substring(0, eq)).Replace('+', ' '));
            result[name] = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
        }
        return result;
    }

    public void Dispose()
    {
        try { listener.Stop(); listener.Close(); }
        catch (ObjectDisposedException) { }
    }
}
