namespace PaperTools.Digests.Email;

/// <summary>Undoes a body's Content-Transfer-Encoding: quoted-printable and base64; 7bit, 8bit and binary pass
/// through.</summary>
internal static class TransferDecoding
{
    /// <summary>The body's bytes; null when a base64 body is damaged beyond decoding.</summary>
    public static byte[]? Decode(ArraySegment<byte> body, string transferEncoding)
    {
        switch (transferEncoding)
        {
            case "quoted-printable": return QuotedPrintable(body);
            case "base64": return Base64(body);
            default:
                return body.ToArray();
        }
    }

    private static byte[]? QuotedPrintable(ArraySegment<byte> body)
    {
        var data = body.Array ?? Array.Empty<byte>();
        var end = body.Offset + body.Count;
        var output = new MemoryStream(body.Count);
        for (var i = body.Offset; i < end; i++)
        {
            var b = data[i];
            if (b != '=')
            {
                output.WriteByte(b);
                continue;
            }
            // "=" at the end of a line is a soft break that joins the line to the next.
            var next = i + 1;
            while (next < end && (data[next] == ' ' || data[next] == '\t')) next++;
            if (next < end && data[next] == '\r') next++;
            if (next < end && data[next] == '\n')
            {
                i = next;
                continue;
            }
            if (next >= end)
            {
                i = end;
                continue;
            }
            if (i + 2 < end && Hex(data[i + 1]) >= 0 && Hex(data[i + 2]) >= 0)
            {
                output.WriteByte((byte)(Hex(data[i + 1]) * 16 + Hex(data[i + 2])));
                i += 2;
                continue;
            }
            output.WriteByte(b);  // A stray "=" is kept as written, as lenient readers do.
        }
        return output.ToArray();
    }

    private static byte[]? Base64(ArraySegment<byte> body)
    {
        var chars = new char[body.Count];
        var data = body.Array ?? Array.Empty<byte>();
        var n = 0;
        for (var i = body.Offset; i < body.Offset + body.Count; i++)
        {
            var c = (char)data[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                || c == '/') chars[n++] = c;
        }
        // Padding is recomputed: mailers and copy-paste often drop or mangle it.
        var remainder = n % 4;
        if (remainder == 1) return null;
        var padded = new string(chars, 0, n) + (remainder == 0 ? string.Empty : new string('=', 4 - remainder));
        try { return Convert.FromBase64String(padded); }
        catch (FormatException) { return null; }
    }

    private static int Hex(byte b)
    {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        return -1;
    }
}
