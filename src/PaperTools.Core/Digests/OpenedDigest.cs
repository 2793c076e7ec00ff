namespace PaperTools.Digests;

/// <summary>
/// One digest file opened by <see cref="DigestImporter.Open"/>: its decoded source and the reader chosen for it
/// (null when no shape fits: reading <see cref="Papers"/> then reports DigestFormatUnknown), known before its
/// papers are read, so a caller can name the shape and follow the bytes read.
/// </summary>
public sealed class OpenedDigest
{
    internal OpenedDigest(DigestSource source, IDigestReader? reader, IEnumerable<Paper> papers)
    {
        Source = source;
        Reader = reader;
        Papers = papers;
    }

    public DigestSource Source { get; }

    public IDigestReader? Reader { get; }

    /// <summary>The papers, streamed as they are read; every problem goes to the context's report.</summary>
    public IEnumerable<Paper> Papers { get; }
}
