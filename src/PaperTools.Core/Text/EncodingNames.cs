using System.Globalization;
using System.Runtime.InteropServices;

namespace PaperTools;

/// <summary>
/// Text encodings by the names PowerShell's own -Encoding parameters take (Out-File, Set-Content, Export-Csv):
/// utf8 is UTF-8 without BOM, unicode is UTF-16LE, ansi and oem are the culture's code pages, and any other name
/// or number is a code page, Windows-1252 and Windows-874 from <see cref="SingleByteEncoding"/>, the rest from the
/// platform.
/// </summary>
public static class EncodingNames
{
    /// <summary>The names with a meaning of their own, in the order a completer offers them, each with what it
    /// means.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Known { get; } = new[]
    {
        Pair("utf8", "UTF-8 without byte order mark (PowerShell's default)"),
        Pair("utf8BOM", "UTF-8 with byte order mark"),
        Pair("utf8NoBOM", "UTF-8 without byte order mark"),
        Pair("unicode", "UTF-16 little-endian"),
        Pair("bigendianunicode", "UTF-16 big-endian"),
        Pair("utf32", "UTF-32 little-endian"),
        Pair("bigendianutf32", "UTF-32 big-endian"),
        Pair("ascii", "7-bit ASCII"),
        Pair("latin1", "ISO-8859-1"),
        Pair("ansi", "the current culture's ANSI code page"),
        Pair("oem", "the current culture's OEM code page (UTF-8 outside Windows)"),
        Pair("windows-1252", "Western European (Windows), code page 1252"),
        Pair("windows-874", "Thai (Windows), code page 874"),
    };

    /// <summary>The encoding <paramref name="name"/> names: a PowerShell name, a code page number or a code page name;
    /// null when none.</summary>
    public static Encoding? Resolve(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0) return null;
        switch (trimmed.ToLowerInvariant())
        {
            case "utf8": case "utf8nobom": case "default": return new UTF8Encoding(false);
            case "utf8bom": return new UTF8Encoding(true);
            case "unicode": return new UnicodeEncoding(false, true);
            case "bigendianunicode": return new UnicodeEncoding(true, true);
            case "utf32": return new UTF32Encoding(false, true);
            case "bigendianutf32": return new UTF32Encoding(true, true);
            case "ascii": return new ASCIIEncoding();
            case "latin1": return Encoding.Latin1;
            case "ansi": return FromCodePage(CultureInfo.CurrentCulture.TextInfo.ANSICodePage);
            case "oem":
                // As PowerShell: the OEM code page on Windows; elsewhere the console speaks UTF-8.
                return RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
                    ? FromCodePage(CultureInfo.CurrentCulture.TextInfo.OEMCodePage) : new UTF8Encoding(false);
        }
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var codePage)
            ? FromCodePage(codePage) : FromWebName(trimmed);
    }

    /// <summary>A code page by number; null when neither PaperTools nor the platform has it.</summary>
    public static Encoding? FromCodePage(int codePage)
    {
        if (codePage == SingleByteEncoding.Windows1252.CodePage) return SingleByteEncoding.Windows1252;
        if (codePage == SingleByteEncoding.Windows874.CodePage) return SingleByteEncoding.Windows874;
        try { return Encoding.GetEncoding(codePage); }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException) { return null; }
    }

    /// <summary>A code page by its IANA or Windows name (iso-8859-1, utf-16, windows-1252, cp874); null when
    /// unknown.</summary>
    public static Encoding? FromWebName(string? name)
    {
        var builtIn = SingleByteEncoding.ByName(name);
        if (builtIn != null) return builtIn;
        try { return Encoding.GetEncoding((name ?? string.Empty).Trim()); }
        catch (ArgumentException) { return null; }
    }

    private static KeyValuePair<string, string> Pair(string name,
        string meaning) => new KeyValuePair<string, string>(name, meaning);
}
