using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Digests.ServiceReplies;

namespace PaperTools.Metadata;

/// <summary>
/// Every request to every service goes through here: spacing, Retry-After, bounded retries, the User-Agent, the
/// cache. A request that fails for good is one named error; a service that is down is not asked again in the run.
/// The etiquette in full: docs/design.md.
/// </summary>
public sealed class MetadataFetcher : IDisposable
{
    internal const long MaxReplyBytes = 64L * 1024 * 1024;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private static readonly Regex ErrorFeedSummary = new Regex(@"<summary[^>]*>(?<text>[\s\S]*?)</summary>",
        Patterns.Safe);
    private static readonly Regex HtmlTitle = new Regex(@"<title[^>]*>(?<text>[\s\S]*?)</title>",
        RegexOptions.IgnoreCase | Patterns.Safe);

    private readonly MetadataOptions options;
    private readonly Clock clock;
    private readonly ResponseCache? cache;
    private readonly MetadataReporter reporter;
    private readonly Action<string, TimeSpan> activity;
    private readonly Dictionary<MetadataService, ServiceLine> lines = new Dictionary<MetadataService, ServiceLine>();
    private readonly RedirectPolicy redirects;

    public MetadataFetcher(MetadataOptions options, Clock clock, ResponseCache? cache, MetadataReporter reporter,
        Action<string, TimeSpan>? activity = null)
    {
        this.options = options;
        this.clock = clock;
        this.cache = cache;
        this.reporter = reporter;
        this.activity = activity ?? ((_, __) => { });
        redirects = new RedirectPolicy(options.Endpoints);
        foreach (MetadataService service in Enum.GetValues(typeof(MetadataService)))
            lines[service] = new ServiceLine(service, options, clock);
    }

    public RequestLog Log { get; } = new RequestLog();

    /// <summary>The services that failed in this run, with why; they were not asked again.</summary>
    public IEnumerable<(MetadataService Service, string Reason)> Failed
        => lines.Values.Where(l => l.Failure != null).Select(l => (l.Service, l.Failure ?? string.Empty));

    public static string ServiceName(MetadataService service)
        => service switch
        {
            MetadataService.Arxiv => "arXiv",
            MetadataService.HuggingFace => "Hugging Face",
            MetadataService.OpenAlex => "OpenAlex",
            MetadataService.SemanticScholar => "Semantic Scholar",
            _ => "Crossref",
        };

    /// <summary>
    /// The parsed answer to <paramref name="request"/>, or null when there is none to be had: the request failed
    /// (reported), the service already failed in this run, or -Offline and the cache has no answer.
    /// <paramref name="parse"/> throws <see cref="MetadataResponseException"/> for a reply it cannot use; it runs
    /// under the request's time limit (the token it is given), and any other exception it throws is a
    /// MetadataClientFault, never the caller's.
    /// </summary>
    public T? Get<T>(MetadataRequest request, Func<MetadataReply, CancellationToken, T> parse,
        CancellationToken cancellation)
        where T : class
    {
        cancellation.ThrowIfCancellationRequested();
        if (cache != null && cache.TryGet(request.Service, request.CacheKey, out var cached))
        {
            using (var deadline = Deadline(cancellation))
            {
                try
                {
                    var value = parse(cached, deadline.Token);
                    Log.Add(new RequestRecord(request.Service, request.Shown, clock.Now, RequestOutcome.FromCache,
                        cached.Status));
                    return value;
                }
                catch (Exception ex) when (!cancellation.IsCancellationRequested)
                {
                    // A kept answer this version cannot read (or not in time) is asked for again.
                    reporter.Verbose($"The cached answer for {request.Shown} cannot be used " +
                        $"({ex.Message}); asking again");
                }
            }
        }
        if (options.Offline)
        {
            Log.Add(new RequestRecord(request.Service, request.Shown, clock.Now, RequestOutcome.NotInCache, null));
            reporter.Verbose($"Offline, and the cache has no answer for {request.Shown}");
            return null;
        }
        var line = lines[request.Service];
        if (line.Failure != null)
        {
            Log.Add(new RequestRecord(request.Service, request.Shown, clock.Now, RequestOutcome.Skipped, null));
            return null;
        }
        return Fetch(request, line, parse, cancellation);
    }

    /// <summary>An address as logs, errors and the cache keep it: without the secret a request's Url may
    /// carry.</summary>
    private static string Shown(MetadataRequest request, string url)
        => url == request.Url ? request.Shown : request.Shown == request.Url ? url : url.Split('?')[0];

    private T? Fetch<T>(MetadataRequest request, ServiceLine line, Func<MetadataReply, CancellationToken, T> parse,
        CancellationToken cancellation) where T : class
    {
        var name = ServiceName(request.Service);
        for (var attempt = 0; ; attempt++)
        {
            // Nothing runs between the turn and the send, so the spacing holds between the requests themselves.
            activity($"asking {name}: {request.Purpose}", TimeSpan.Zero);
            var sentAt = line.Limiter.WaitTurn(cancellation,
                wait => activity($"waiting {Seconds(wait)} for {name}: {request.Purpose} ({line.WaitReason})", wait));
            // One time limit for the headers, the body and the reading of it (-TimeoutSec).
            using var deadline = Deadline(cancellation);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = Send(line, request, deadline.Token, cancellation);
            // The deadline's timer runs on the thread pool and fires late on a busy machine: an answer that came
            // after the limit is late all the same.
            if (result.Status != null && System.Diagnostics.Stopwatch.GetElapsedTime(started) > options.Timeout)
                result = Attempt.Failed(FaultKind.Timeout, "timed out", null, result.Url);
            var record = new RequestRecord(request.Service, request.Shown, sentAt, RequestOutcome.Sent, result.Status);
            Log.Add(record);
            var from = result.Url == request.Url ? string.Empty : " from " + Shown(request, result.Url);
            var outcome = record.Status?.ToString(CultureInfo.InvariantCulture) ?? result.Fault;
            reporter.Verbose($"GET {record.Url} -> {outcome}{from}");

            // A refusal sent with 200 ("Rate exceeded.", a bare "503 Service Unavailable" page) is a rate limit, not an
            // answer.
            if (result.Status == 200 && ThrottleReply.TryRecognize(result.Body, out _)) result.Status = 429;
            if (result.Status == 200 || (result.Status == 404 && request.AbsentIsAnswer))
            {
                if (result.Status == 200 && LooksLikeHtml(result))
                    return Fail<T>(line, request, ErrorIds.MetadataResponseInvalid,
                        $"{name} answered {request.Purpose} with an HTML page " +
                            $"({Describe(result.Body)}) instead of data.");
                var reply = new MetadataReply(result.Status.Value, result.Body, Shown(request, result.Url));
                T value;
                try
                {
                    value = parse(reply, deadline.Token);
                }
                catch (MetadataResponseException ex)
                {
                    return Fail<T>(line, request, ErrorIds.MetadataResponseInvalid,
                        $"{name}'s answer to {request.Purpose} cannot be used: {ex.Message}", ex);
                }
                catch (OperationCanceledException ex) when (!cancellation.IsCancellationRequested)
                {
                    return Fail<T>(line, request, ErrorIds.MetadataTimeout,
                        $"{name}'s answer to {request.Purpose} was not read within {Seconds(options.Timeout)}.", ex);
                }
                catch (Exception ex) when (!cancellation.IsCancellationRequested)
                {
                    return Fail<T>(line, request, ErrorIds.MetadataClientFault, ClientFault(name, request, ex), ex);
                }
                cache?.Store(request.Service, request.CacheKey, reply);
                return value;
            }

            var (retryable, errorId, reason) = Classify(result, name);
            if (retryable && attempt < options.MaxRetries)
            {
                var delay = result.RetryAfter ?? Backoff(attempt);
                if (result.RetryAfter > options.MaxRetryAfter)
                    return Fail<T>(line, request, ErrorIds.MetadataServiceUnavailable,
                        $"{name} asks to wait {Seconds(result.RetryAfter.Value)} before the next request ({reason}); " +
                            $"that is longer than PaperTools waits, so {name} is not asked again in this run.");
                line.Limiter.Defer(delay);
                line.WaitReason = result.RetryAfter != null ? $"Retry-After after {reason}"
                    : $"retry {attempt + 1} of {options.MaxRetries} after {reason}";
                continue;
            }
            var tries = attempt + 1;
            return Fail<T>(line, request, errorId,
                $"{name} could not answer {request.Purpose}: " +
                    $"{reason}{(tries > 1 ? $" ({tries} attempts)" : string.Empty)}.", result.Exception);
        }
    }

    private T? Fail<T>(ServiceLine line, MetadataRequest request, string errorId, string message,
        Exception? exception = null) where T : class
    {
        line.WaitReason = ServiceLine.SpacingReason;
        var unavailable = errorId == ErrorIds.MetadataServiceUnavailable || errorId == ErrorIds.MetadataTimeout;
        if (unavailable) line.Failure = message;
        var category = errorId == ErrorIds.MetadataTimeout ? ProblemCategory.OperationTimeout
                     : unavailable ? ProblemCategory.ResourceUnavailable : ProblemCategory.InvalidData;
        var tail = unavailable
            ? $" The papers it was for pass through unchanged; {ServiceName(request.Service)} is not " +
                "asked again in this run." : " The papers it was for pass through unchanged.";
        reporter.Problem(new Problem(errorId, category, message + tail, request.Shown, 0, exception));
        return null;
    }

    private (bool Retryable, string ErrorId, string Reason) Classify(Attempt result, string? name)
    {
        if (result.Status == null)
        {
            switch (result.FaultKind)
            {
                case FaultKind.Timeout: return (true, ErrorIds.MetadataTimeout,
                    $"no complete answer within {Seconds(options.Timeout)}");
                case FaultKind.NameResolution: return (false, ErrorIds.MetadataServiceUnavailable,
                    $"the host name does not resolve ({result.Fault})");
                case FaultKind.CutShort: return (true, ErrorIds.MetadataResponseInvalid,
                    $"the answer was cut short ({result.Fault})");
                case FaultKind.Malformed: return (false, ErrorIds.MetadataResponseInvalid,
                    $"the answer cannot be read ({result.Fault})");
                case FaultKind.Redirect: return (false, ErrorIds.MetadataResponseInvalid, result.Fault);
                case FaultKind.ClientFault:
                    return (false, ErrorIds.MetadataClientFault, $"a fault inside PaperTools ({result.Fault})");
                default: return (true, ErrorIds.MetadataServiceUnavailable, $"the connection failed ({result.Fault})");
            }
        }
        var status = result.Status.Value;
        var said = Describe(result.Body);
        var text = $"HTTP {status}{(said.Length > 0 ? ": " + said : string.Empty)}";
        if (status == 429) return (true, ErrorIds.MetadataServiceUnavailable,
            $"{name} limits the request rate ({text})");
        if (status == 408 || (status >= 500 && status != 501 && status != 505)) return (true,
            ErrorIds.MetadataServiceUnavailable, text);
        if (status >= 500) return (false, ErrorIds.MetadataServiceUnavailable, text);
        return (false, ErrorIds.MetadataResponseInvalid, $"unexpected {text}");
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = TimeSpan.FromTicks(options.FirstRetryDelay.Ticks * (1L << Math.Min(attempt, 16)));
        return delay > MaxBackoff ? MaxBackoff : delay;
    }

    private CancellationTokenSource Deadline(CancellationToken cancellation)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(options.Timeout);
        return deadline;
    }

    private static string ClientFault(string? name, MetadataRequest request, Exception ex)
        => $"Reading {name}'s answer to {request.Purpose} failed inside PaperTools " +
            $"({ex.GetType().FullName}: {ex.Message}).";

    /// <summary>One GET, redirects followed as <see cref="RedirectPolicy"/> allows; every fault is an Attempt, never
    /// thrown.</summary>
    private Attempt Send(ServiceLine line, MetadataRequest request, CancellationToken deadline,
        CancellationToken cancellation)
    {
        var answeredBy = request.Url;
        try
        {
            var url = new Uri(request.Url);
            for (var hop = 0; ; hop++)
            {
                // ResponseContentRead: the body is read inside Send, under the same time limit as the headers.
                using (var message = new HttpRequestMessage(HttpMethod.Get, url))
                using (var response = line.Client.Send(message, HttpCompletionOption.ResponseContentRead, deadline))
                {
                    line.Observe(response);
                    var location = response.Headers.Location;
                    if (IsRedirect(response.StatusCode) && location != null)
                    {
                        var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                        var refusal = hop >= RedirectPolicy.MaxHops
                            ? $"more than {RedirectPolicy.MaxHops} redirects in a row"
                            : redirects.Refusal(url, next);
                        if (refusal != null) return Attempt.Failed(FaultKind.Redirect, refusal, null, answeredBy);
                        url = next;
                        answeredBy = next.AbsoluteUri;
                        continue;
                    }
                    var charset = CharsetOf(response);
                    if (charset == null)
                        return Attempt.Failed(FaultKind.Malformed,
                            $"its charset '{response.Content.Headers.ContentType?.CharSet}' is not " +
                                "one PaperTools reads",
                            null, answeredBy);
                    string body;
                    using (var stream = response.Content.ReadAsStream(deadline))
                    using (var reader = new StreamReader(stream, charset, detectEncodingFromByteOrderMarks: true))
                        body = reader.ReadToEnd();
                    return new Attempt
                    {
                        Status = (int)response.StatusCode,
                        Body = body,
                        ContentType = response.Content.Headers.ContentType?.MediaType,
                        RetryAfter = RetryAfter(response),
                        Url = answeredBy,
                    };
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            return Attempt.Failed(FaultKind.Timeout, "timed out", ex, answeredBy);
        }
        catch (HttpRequestException ex) when (ex.InnerException is InvalidDataException)
        {
            return Attempt.Failed(FaultKind.Malformed, $"its compressed body cannot be decoded ({Innermost(ex)})", ex,
                answeredBy);
        }
        catch (HttpRequestException ex)
        {
            return Attempt.Failed(KindOf(ex.HttpRequestError, ex), Innermost(ex), ex, answeredBy);
        }
        // gzip and deflate throw InvalidDataException for a corrupt body, Brotli InvalidOperationException.
        catch (Exception ex) when (ex is InvalidDataException || (ex is InvalidOperationException
                                   && ex.TargetSite?.DeclaringType?.Namespace == typeof(BrotliStream).Namespace))
        {
            return Attempt.Failed(FaultKind.Malformed, $"its compressed body cannot be decoded ({ex.Message})", ex,
                answeredBy);
        }
        catch (IOException ex)
        {
            var kind = ex is HttpIOException http ? KindOf(http.HttpRequestError, ex) : FaultKind.CutShort;
            return Attempt.Failed(kind, Innermost(ex), ex, answeredBy);
        }
        catch (Exception ex) when (!cancellation.IsCancellationRequested)
        {
            return Attempt.Failed(FaultKind.ClientFault, $"{ex.GetType().FullName}: {ex.Message}", ex, answeredBy);
        }
    }

    private static bool IsRedirect(HttpStatusCode status)
        => (int)status >= 300 && (int)status <= 399 && status != HttpStatusCode.NotModified;

    private static FaultKind KindOf(HttpRequestError error, Exception ex)
    {
        switch (error)
        {
            case HttpRequestError.NameResolutionError: return FaultKind.NameResolution;
            case HttpRequestError.ResponseEnded: return FaultKind.CutShort;
            case HttpRequestError.InvalidResponse:
            case HttpRequestError.ConfigurationLimitExceeded: return FaultKind.Malformed;
            case HttpRequestError.Unknown:
                return ex.InnerException is IOException ? FaultKind.CutShort : FaultKind.Connection;
            default: return FaultKind.Connection;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header == null) return null;
        if (header.Delta != null) return header.Delta.Value < TimeSpan.Zero ? TimeSpan.Zero : header.Delta.Value;
        if (header.Date != null)
        {
            var wait = header.Date.Value - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    /// <summary>The reply's charset (UTF-8 when it names none); null for one .NET cannot decode (utf-7,
    /// unknown).</summary>
    private static Encoding? CharsetOf(HttpResponseMessage response)
    {
        var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"', ' ');
        if (string.IsNullOrEmpty(charset)) return new UTF8Encoding(false);
        try { return Encoding.GetEncoding(charset); }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException) { return null; }
    }

    private static bool LooksLikeHtml(Attempt result)
    {
        if (string.Equals(result.ContentType, "text/html", StringComparison.OrdinalIgnoreCase)) return true;
        var start = result.Body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html",
            StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a service said in an error reply, short enough to quote: arXiv's error summary, a JSON error, an
    /// HTML title, or the text.</summary>
    internal static string Describe(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return string.Empty;
        var trimmed = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        string? said = null;
        if (trimmed.StartsWith("{", StringComparison.Ordinal))
        {
            try
            {
                using (var json = JsonDocument.Parse(trimmed))
                    foreach (var name in new[] { "error", "message" })
                        if (json.RootElement.ValueKind == JsonValueKind.Object
                            && json.RootElement.TryGetProperty(name, out var value))
                        {
                            said = value.ValueKind == JsonValueKind.String
                                ? Digests.Json.JsonStrings.Read(value) : value.GetRawText();
                            break;
                        }
            }
            catch (JsonException) { }
        }
        else if (trimmed.StartsWith("<", StringComparison.Ordinal))
        {
            var match = ErrorFeedSummary.Match(trimmed);
            if (!match.Success) match = HtmlTitle.Match(trimmed);
            if (match.Success) said = WebUtility.HtmlDecode(match.Groups["text"].Value);
        }
        said = Whitespace.Collapse(said ?? trimmed) ?? string.Empty;
        return said.Length <= 200 ? said : said.Substring(0, 197) + "...";
    }

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException != null) ex = ex.InnerException;
        return ex.Message;
    }

    internal static string Seconds(TimeSpan span) => span.TotalSeconds.ToString(span.TotalSeconds < 10 ? "0.0" : "0",
        CultureInfo.InvariantCulture) + " s";

    public void Dispose()
    {
        foreach (var line in lines.Values) line.Dispose();
    }

    private enum FaultKind { Timeout, NameResolution, Connection, CutShort, Malformed, Redirect, ClientFault }

    private sealed class Attempt
    {
        public int? Status;
        public string Body = string.Empty;
        public string? ContentType;
        public TimeSpan? RetryAfter;
        public FaultKind FaultKind;
        public string Fault = string.Empty;
        public Exception? Exception;
        /// <summary>The address that gave this answer (the last one, after the redirects followed).</summary>
        public string Url = string.Empty;

        public static Attempt Failed(FaultKind kind, string fault, Exception? exception, string url)
            => new Attempt { FaultKind = kind, Fault = fault, Exception = exception, Url = url };
    }

    /// <summary>One service's connection, spacing and state in this run.</summary>
    private sealed class ServiceLine : IDisposable
    {
        public const string SpacingReason = "its request spacing";

        public ServiceLine(MetadataService service, MetadataOptions options, Clock clock)
        {
            Service = service;
            var endpoint = options.Endpoints.For(service);
            Limiter = RateLimiter.Shared(endpoint, clock, options.IntervalFor(service));
            var handler = new SocketsHttpHandler
            {
                // One connection per service: arXiv asks for it, and it is the polite default for the others.
                MaxConnectionsPerServer = 1,
                // Redirects are followed by Send, as RedirectPolicy allows.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = options.Timeout,
                PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
                // A test server or local mirror on this machine is reached directly, never through a configured proxy.
                UseProxy = !IsLoopback(endpoint),
            };
            Client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan,
                MaxResponseContentBufferSize = MaxReplyBytes };
            var contact = string.IsNullOrWhiteSpace(options.Contact) ? string.Empty : "; mailto:"
                + options.Contact.Trim();
            Client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent",
                $"PaperTools/{options.Version} (+https://github.com/papertools/PaperTools{contact})");
            Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(service == MetadataService.Arxiv
                ? "application/atom+xml" : "application/json"));
        }

        public MetadataService Service { get; }
        public RateLimiter Limiter { get; }
        public HttpClient Client { get; }
        public string? Failure { get; set; }
        public string WaitReason { get; set; } = SpacingReason;

        /// <summary>Crossref states its limit in every reply (X-Rate-Limit-Limit: 5, X-Rate-Limit-Interval: 1s); it is
        /// honoured.</summary>
        public void Observe(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("X-Rate-Limit-Limit", out var limits)
                || !response.Headers.TryGetValues("X-Rate-Limit-Interval", out var intervals)) return;
            if (!int.TryParse(limits.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture,
                out var limit) || limit <= 0) return;
            var interval = intervals.FirstOrDefault()?.Trim();
            if (interval == null || !interval.EndsWith("s", StringComparison.Ordinal)) return;
            if (!double.TryParse(interval.TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture,
                out var seconds) || seconds <= 0 || seconds > 3600) return;
            Limiter.AtLeast(TimeSpan.FromSeconds(seconds / limit));
        }

        private static bool IsLoopback(string url)
            => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "127.0.0.1"
                || uri.Host == "[::1]");

        public void Dispose() => Client.Dispose();
    }
}
