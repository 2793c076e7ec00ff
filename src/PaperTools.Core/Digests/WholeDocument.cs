using PaperTools.Diagnostics;

namespace PaperTools.Digests;

/// <summary>
/// Reads a whole digest into memory for the shapes that cannot be parsed a piece at a time (HTML, e-mail),
/// refusing, with a named problem, files too large to hold.
/// </summary>
public static class WholeDocument
{
    /// <summary>64 Mi characters: far beyond any real digest page or alert e-mail.</summary>
    public const int MaxLength = 64 * 1024 * 1024;

    /// <summary>The text of <paramref name="source"/>; null, with a DigestTooLarge problem reported, when it exceeds
    /// <paramref name="maxLength"/>.</summary>
    public static string? Read(DigestSource source, DigestReadContext context, int maxLength = MaxLength)
    {
        var text = new StringBuilder();
        var buffer = new char[64 * 1024];
        using (var reader = source.OpenText())
        {
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                if (text.Length + n > maxLength)
                {
                    context.Report(TooLarge(source.Path, maxLength));
                    return null;
                }
                text.Append(buffer, 0, n);
            }
        }
        return text.ToString();
    }

    public static Problem TooLarge(string path, long maxLength)
        => new Problem(ErrorIds.DigestTooLarge, ProblemCategory.LimitsExceeded,
            $"'{path}' is larger than {maxLength:N0} characters, more than any real digest of this shape; not read.",
                path);
}
