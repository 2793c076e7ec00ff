namespace PaperTools.Digests.Email;

/// <summary>
/// One MIME entity (RFC 2045/2046) of a saved e-mail: its headers, its body still transfer-encoded, and,
/// for multipart entities, its parts. Works on bytes, so a body in any charset reaches its decoder intact.
/// </summary>
internal sealed class MimeEntity
{
    private const int MaxDepth = 8;

    private readonly Dictionary<string, string> headers = new Dictionary<string,
        string>(StringComparer.OrdinalIgnoreCase);

    private MimeEntity() { }

    /// <summary>The media type in lower case: "text/plain" when the entity names none, as RFC 2045 says.</summary>
    public string MediaType { get; private set; } = "text/plain";

    public IDictionary<string, string> Parameters { get; } = new Dictionary<string,
        string>(StringComparer.OrdinalIgnoreCase);

    public string TransferEncoding => Header("Content-Transfer-Encoding")?.Trim().ToLowerInvariant() ?? "7bit";

    public bool IsAttachment => (Header("Content-Disposition") ?? string.Empty).TrimStart().StartsWith("attachment",
        StringComparison.OrdinalIgnoreCase);

    public ArraySegment<byte> Body { get; private set; }

    public IList<MimeEntity> Parts { get; } = new List<MimeEntity>();

    public string? Header(string name) => headers.TryGetValue(name, out var value) ? value : null;

    public static MimeEntity Parse(byte[] data) => Parse(data, 0, data.Length, 0);

    private static MimeEntity Parse(byte[] data, int start, int end, int depth)
    {
        var entity = new MimeEntity();
        var bodyStart = entity.ReadHeaders(data, start, end);
        entity.Body = new ArraySegment<byte>(data, bodyStart, end - bodyStart);
        entity.ReadContentType();
        if (entity.MediaType.StartsWith("multipart/", StringComparison.Ordinal) && depth < MaxDepth &&
            entity.Parameters.TryGetValue("boundary", out var boundary) && boundary.Length > 0)
        {
            foreach (var (partStart, partEnd) in SplitParts(data, bodyStart, end,
                Encoding.ASCII.GetBytes("--" + boundary)))
                entity.Parts.Add(Parse(data, partStart, partEnd, depth + 1));
        }
        return entity;
    }

    /// <summary>Reads header lines (unfolding continuations) up to the blank line; returns where the body
    /// starts.</summary>
    private int ReadHeaders(byte[] data, int start, int end)
    {
        string? name = null;
        var value = new StringBuilder();
        var i = start;
        while (i < end)
        {
            var lineEnd = IndexOfLineEnd(data, i, end);
            var line = Latin1(data, i, lineEnd - i).TrimEnd('\r');
            i = Math.Min(end, lineEnd + 1);
            if (line.Length == 0) break;
            if ((line[0] == ' ' || line[0] == '\t') && name != null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }
            Store(name, value);
            var colon = line.IndexOf(':');
            name = colon > 0 ? line.Substring(0, colon).Trim() : null;
            value.Clear().Append(colon > 0 ? line.Substring(colon + 1).Trim() : string.Empty);
        }
        Store(name, value);
        return i;
    }

    // The first occurrence of a header wins, as mail readers do with a repeated Content-Type.
    private void Store(string? name, StringBuilder value)
    {
        if (name != null && !headers.ContainsKey(name)) headers[name] = value.ToString();
    }

    /// <summary>"text/html; charset="utf-8"; format=flowed" into the media type and its parameters.</summary>
    private void ReadContentType()
    {
        var contentType = Header("Content-Type");
        if (string.IsNullOrWhiteSpace(contentType)) return;
        var pieces = SplitParameters(contentType);
        MediaType = pieces[0].Trim().ToLowerInvariant();
        for (var k = 1; k < pieces.Count; k++)
        {
            var eq = pieces[k].IndexOf('=');
            if (eq <= 0) continue;
            var key = pieces[k].Substring(0, eq).Trim();
            var val = pieces[k].Substring(eq + 1).Trim();
            if (val.Length >= 2 && val[0] == '"' && val[val.Length - 1] == '"') val = val.Substring(1, val.Length - 2);
            if (!Parameters.ContainsKey(key)) Parameters[key] = val;
        }
    }

    // Splits on semicolons outside quotes: a boundary may itself hold one.
    private static List<string> SplitParameters(string header)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            if (c == ';' && !quoted)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        pieces.Add(current.ToString());
        return pieces;
    }

    /// <summary>The byte ranges between "--boundary" lines, up to "--boundary--" or the end of the data.</summary>
    private static IEnumerable<(int Start, int End)> SplitParts(byte[] data, int start, int end, byte[] delimiter)
    {
        var partStart = -1;
        var i = start;
        while (i < end)
        {
            var lineEnd = IndexOfLineEnd(data, i, end);
            if (StartsWith(data, i, lineEnd, delimiter))
            {
                // The line break before the delimiter belongs to the delimiter, not to the part.
                if (partStart >= 0) yield return (partStart, Math.Max(partStart, TrimLineBreak(data, partStart, i)));
                var closing = i + delimiter.Length + 1 < end && data[i + delimiter.Length] == '-' && data[i
                    + delimiter.Length + 1] == '-';
                if (closing) yield break;
                partStart = Math.Min(end, lineEnd + 1);
            }
            i = Math.Min(end, lineEnd + 1);
        }
        if (partStart >= 0 && partStart < end) yield return (partStart, end);
    }

    private static int TrimLineBreak(byte[] data, int from, int at)
    {
        if (at > from && data[at - 1] == '\n') at--;
        if (at > from && data[at - 1] == '\r') at--;
        return at;
    }

    private static bool StartsWith(byte[] data, int start, int end, byte[] prefix)
    {
        if (end - start < prefix.Length) return false;
        for (var k = 0; k < prefix.Length; k++) if (data[start + k] != prefix[k]) return false;
        return true;
    }

    private static int IndexOfLineEnd(byte[] data, int start, int end)
    {
        var at = Array.IndexOf(data, (byte)'\n', start, end - start);
        return at < 0 ? end : at;
    }

    /// <summary>Headers are ASCII; reading bytes one-to-one keeps any stray 8-bit byte instead of failing on
    /// it.</summary>
    internal static string Latin1(byte[] data, int start, int count)
    {
        var chars = new char[count];
        for (var k = 0; k < count; k++) chars[k] = (char)data[start + k];
        return new string(chars);
    }
}
