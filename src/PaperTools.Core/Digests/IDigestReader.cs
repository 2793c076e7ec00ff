namespace PaperTools.Digests;

/// <summary>
/// One digest shape. Readers yield papers lazily (the cmdlet writes each as it comes) and report
/// problems with single entries through the context, carrying on with the rest of the file.
/// </summary>
public interface IDigestReader
{
    DigestFormat Format { get; }

    /// <summary>True when the opening text of a file (a few KB, decoded) has this reader's shape.</summary>
    bool Recognizes(string head);

    IEnumerable<Paper> Read(DigestSource source, DigestReadContext context);
}
