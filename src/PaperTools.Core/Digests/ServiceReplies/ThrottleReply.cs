using System.Text.RegularExpressions;

namespace PaperTools.Digests.ServiceReplies;

/// <summary>
/// A file saved from a service that refused to answer: arXiv's API sends "Rate exceeded." with HTTP 429,
/// web servers a bare "429 Too Many Requests" or "503 Service Unavailable" page. Such a file is short and says
/// nothing but that; read as plain text it would become a paper titled "Rate exceeded.".
/// </summary>
internal static class ThrottleReply
{
    /// <summary>A whole reply this short is a status page, not a digest.</summary>
    private const int MaxChars = 4096;

    private static readonly Regex Markup = new Regex(@"<[^<>]*>", Patterns.Safe);

    // What such a page says once its markup is gone, and nothing more: the reason, perhaps twice (title and
    // heading) with its status code, perhaps the server's name ("429 Too Many Requests 429 Too Many Requests nginx").
    private static readonly Regex Phrase = new Regex(
        @"^(?:(?:[0-9]{3}\s+)?(?:rate exceeded|too many requests|service (?:temporarily )?unavailable|bad " +
            @"gateway|gateway time-?out)[\s.!:-]*)+(?:(?:nginx|cloudflare|varnish|apache)\S*)?$",
        RegexOptions.IgnoreCase | Patterns.Safe);

    /// <summary>True, with the service's words, when <paramref name="text"/> (a whole file) is such a reply.</summary>
    public static bool TryRecognize(string? text, out string? message)
    {
        message = null;
        if (text == null || text.Length > MaxChars) return false;
        var said = Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(Markup.Replace(text.Replace("\uFEFF",
            string.Empty), " ")));
        if (said == null || !Phrase.IsMatch(said)) return false;
        message = said;
        return true;
    }

    public static string Describe(string? message)
        => $"The file holds a service's refusal, not a digest: \"{message}\". It was saved while the service was " +
            "throttling or unavailable; fetch it again later. No papers were read from it.";

    /// <summary>The whole text of a source, when its opening is all of it.</summary>
    public static string? WholeText(DigestSource source) => source.Head.Length < DigestDecoder.HeadChars ? source.Head
        : null;
}
