namespace PaperTools.Metadata;

/// <summary>
/// An identifier put into a service's address as one path segment (RFC 3986): every reserved character, "/" included,
/// is percent-encoded, so no value can climb out of the configured base path or add a query. "." and ".." cannot be
/// written safely (%2E is "." to every normaliser, .NET's Uri included), so they have no segment.
/// </summary>
internal static class UrlSegment
{
    /// <summary>The encoded segment, or null for a value that cannot be one (null, empty, "." or "..").</summary>
    public static string? Encode(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed == "." || trimmed == "..") return null;
        return Uri.EscapeDataString(trimmed);
    }
}
