using System.Runtime.InteropServices;

namespace PaperTools.Files;

/// <summary>
/// The bytes a library file is written with: one array, or parts written one after another, so that a new .bib's
/// entries are written from the blocks they were laid out in, and an appended file's bytes from where they were read,
/// not first copied into one array of the file's size.
/// </summary>
public sealed class LibraryContent
{
    private readonly ReadOnlyMemory<byte>[] parts;

    internal LibraryContent(byte[] bytes) : this(new ReadOnlyMemory<byte>[] { bytes })
    {
    }

    internal LibraryContent(ReadOnlyMemory<byte>[] parts)
    {
        this.parts = parts;
        foreach (var part in parts) Length += part.Length;
    }

    public long Length { get; }

    internal void WriteTo(Stream stream)
    {
        foreach (var part in parts) stream.Write(part.Span);
    }

    /// <summary>The bytes as one array: the content's own when it is one whole array, else a copy.</summary>
    internal byte[] ToArray()
    {
        if (parts.Length == 1 && MemoryMarshal.TryGetArray(parts[0], out var whole) && whole.Offset == 0
            && whole.Count == whole.Array!.Length)
            return whole.Array;
        var bytes = new byte[Length];
        var at = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(bytes.AsSpan(at));
            at += part.Length;
        }
        return bytes;
    }
}
