namespace PaperTools.Digests;

/// <summary>A read-only view of a file stream that tells its <see cref="DigestSource"/> how far reading has
/// got.</summary>
internal sealed class CountingStream : Stream
{
    private readonly Stream inner;
    private readonly Action<long> readTo;

    public CountingStream(Stream inner, Action<long> readTo)
    {
        this.inner = inner;
        this.readTo = readTo;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        readTo(inner.Position);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        readTo(inner.Position);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
