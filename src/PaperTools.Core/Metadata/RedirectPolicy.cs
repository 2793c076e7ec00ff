namespace PaperTools.Metadata;

/// <summary>
/// Which redirects a service call follows: to the same origin, to the same host over https, or to the origin of another
/// configured service; never to another scheme (file:, ftp:) or an origin the user did not configure, whose data would
/// be attached as the service's. At most <see cref="MaxHops"/> in a row.
/// </summary>
internal sealed class RedirectPolicy
{
    public const int MaxHops = 5;

    private readonly HashSet<string> configured;

    public RedirectPolicy(MetadataEndpoints endpoints)
    {
        var origins = Enum.GetValues<MetadataService>().Select(s => Origin(endpoints.For(s))).OfType<string>();
        configured = new HashSet<string>(origins, StringComparer.Ordinal);
    }

    /// <summary>Null when <paramref name="location"/> (a reply to <paramref name="from"/>) is followed; else why
    /// not.</summary>
    public string? Refusal(Uri from, Uri location)
    {
        if (location.Scheme != Uri.UriSchemeHttp && location.Scheme != Uri.UriSchemeHttps)
            return $"a redirect to a {location.Scheme}: address ({location}) is never followed";
        if (Origin(from) == Origin(location) || configured.Contains(Origin(location)!)) return null;
        var sameHost = string.Equals(from.Host, location.Host, StringComparison.OrdinalIgnoreCase);
        if (location.Scheme == Uri.UriSchemeHttps && sameHost) return null;
        return $"a redirect to {Origin(location)}, which is not a configured service, is not followed ({location})";
    }

    /// <summary>scheme://host:port of an absolute address, lower-cased; null for anything else.</summary>
    public static string? Origin(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Origin(uri) : null;

    private static string? Origin(Uri uri)
        => uri.IsAbsoluteUri ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() : null;
}
