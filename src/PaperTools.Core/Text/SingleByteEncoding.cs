namespace PaperTools;

/// <summary>
/// The two Windows code pages whose mis-decoding shows up in real digests, built in so that neither
/// mojibake repair nor `-Encoding windows-1252` depends on the host having registered
/// CodePagesEncodingProvider (.NET Core does not by default; Windows PowerShell does).
/// </summary>
public sealed class SingleByteEncoding : Encoding
{
    private readonly char[] toChar;
    private readonly Dictionary<char, byte> toByte;
    private readonly string name;
    private readonly int codePage;

    private SingleByteEncoding(string name, int codePage, char[] upperHalf)
    {
        this.name = name;
        this.codePage = codePage;
        toChar = new char[256];
        for (var b = 0; b < 128; b++) toChar[b] = (char)b;
        Array.Copy(upperHalf, 0, toChar, 128, 128);
        toByte = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
            if (toChar[b] != '\uFFFD' && !toByte.ContainsKey(toChar[b])) toByte[toChar[b]] = (byte)b;
    }

    /// <summary>Windows-1252 (Western European), the usual culprit behind "Ã©" for "é".</summary>
    public static SingleByteEncoding Windows1252 { get; } = new SingleByteEncoding("windows-1252", 1252,
        Windows1252UpperHalf());

    /// <summary>Windows-874 (Thai), behind "ฮฑ" for "α".</summary>
    public static SingleByteEncoding Windows874 { get; } = new SingleByteEncoding("windows-874",
        874, Windows874UpperHalf());

    /// <summary>Finds a built-in code page by any of its usual names; null when it is not one of ours.</summary>
    public static SingleByteEncoding? ByName(string? encodingName)
    {
        switch ((encodingName ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "windows-1252": case "cp1252": case "1252": case "x-cp1252": return Windows1252;
            case "windows-874": case "cp874": case "874": case "tis-620": case "iso-8859-11": return Windows874;
            default: return null;
        }
    }

    public override string WebName => name;
    public override string EncodingName => name;
    public override int CodePage => codePage;

    /// <summary>The byte this character encodes to, or false when the code page has no such character.</summary>
    public bool TryGetByte(char c, out byte value) => toByte.TryGetValue(c, out value);

    public override int GetByteCount(char[] chars, int index, int count) => count;
    public override int GetCharCount(byte[] bytes, int index, int count) => count;
    public override int GetMaxByteCount(int charCount) => charCount;
    public override int GetMaxCharCount(int byteCount) => byteCount;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
            bytes[byteIndex + i] = toByte.TryGetValue(chars[charIndex + i], out var b) ? b : (byte)'?';
        return charCount;
    }

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++) chars[charIndex + i] = toChar[bytes[byteIndex + i]];
        return byteCount;
    }

    private static char[] Windows1252UpperHalf()
    {
        const string x80To9F = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD"
            + "\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";
        var half = new char[128];
        for (var i = 0; i < 32; i++) half[i] = x80To9F[i];
        for (var i = 32; i < 128; i++) half[i] = (char)(0x80 + i); // 0xA0-0xFF are Latin-1
        return half;
    }

    private static char[] Windows874UpperHalf()
    {
        var half = new char[128];
        for (var i = 0; i < 128; i++) half[i] = '\uFFFD';
        half[0x00] = '€';
        half[0x05] = '…';
        const string x91To97 = "‘’“”•–—";
        for (var i = 0; i < x91To97.Length; i++) half[0x11 + i] = x91To97[i];
        half[0x20] = '\u00A0';
        for (var b = 0xA1; b <= 0xDA; b++) half[b - 0x80] = (char)(0x0E00 + (b - 0xA0)); // Thai letters
        for (var b = 0xDF; b <= 0xFB; b++) half[b - 0x80] = (char)(0x0E00 + (b - 0xA0)); // Thai signs, digits
        return half;
    }
}
