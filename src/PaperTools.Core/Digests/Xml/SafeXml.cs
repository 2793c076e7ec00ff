using System.Text.RegularExpressions;
using System.Xml;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Xml;

/// <summary>
/// How the XML readers open a file: DTDs prohibited and no resolver, so nothing is ever expanded or fetched.
/// One DOCTYPE is let through, blanked out before the parser sees it: a bare reference to a public DTD with no
/// internal subset (every PubMed efetch reply opens with one). It declares nothing, so skipping it loses
/// nothing; a DOCTYPE with an internal subset, where entities live, is still refused (DigestUnsafeXml).
/// </summary>
internal static class SafeXml
{
    // <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN"
    // "https://dtd.nlm.nih.gov/...">
    private static readonly Regex ExternalDoctype = new Regex(
        @"<!DOCTYPE\s+[\w:.-]+\s+(?:PUBLIC\s+(?:""[^""<>\[]*""|'[^'<>\[]*')\s+(?:""[^""<>\[]*""|'[^'<>\[]*')|" +
            @"SYSTEM\s+(?:""[^""<>\[]*""|'[^'<>\[]*'))\s*>",
        Patterns.Safe);

    private static readonly Regex Declaration = new Regex(@"<!(?:DOCTYPE|ENTITY)", Patterns.Safe);

    // "\n<?xml version="1.0"?>": some servers send white space before the XML declaration, which must come first.
    private static readonly Regex LateXmlDeclaration = new Regex(
        @"^\s+(?<declaration><\?xml\s[^<>]*\?>)", Patterns.Safe);

    /// <summary>The prolog is small; a DOCTYPE further in than this is not one a real reply carries.</summary>
    private const int PrologChars = 64 * 1024;

    public static XmlReaderSettings Settings() => new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>
    /// A reader over <paramref name="source"/>, with a harmless public-DTD reference blanked out, and an XML
    /// declaration that white space precedes (the text is decoded already, so it tells nothing more).
    /// </summary>
    public static XmlReader Open(DigestSource source)
        => XmlReader.Create(WithReadableProlog(source.OpenText()), Settings());

    /// <summary>True when the opening text declares a DTD this reader will not skip.</summary>
    public static bool DeclaresUnsafeDtd(string head)
    {
        var declaration = Declaration.Match(head);
        if (!declaration.Success) return false;
        var external = ExternalDoctype.Match(head);
        return !(external.Success && external.Index == declaration.Index && !Declaration.IsMatch(head,
            external.Index + external.Length));
    }

    /// <summary>True when an XmlException is the parser refusing a DTD.</summary>
    public static bool IsDtdRefusal(XmlException ex) => ex.Message.IndexOf("DTD",
        StringComparison.OrdinalIgnoreCase) >= 0;

    public static Problem Unsafe(string path, int line)
        => new Problem(ErrorIds.DigestUnsafeXml, ProblemCategory.SecurityError,
            "The file declares a DTD with its own definitions (<!DOCTYPE … [ … ]> or <!ENTITY>). No real reply " +
                "of this shape does; entities can read local files, fetch addresses or expand without end, so " +
                    "the file is not read.",
            path, line);

    public static Problem Truncated(string path, XmlException ex, string kept)
        => new Problem(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
            $"The file stops being well-formed XML at line {ex.LineNumber}: {ex.Message} {kept}",
                path, ex.LineNumber, ex);

    private static TextReader WithReadableProlog(TextReader text)
    {
        var prolog = new char[PrologChars];
        var length = 0;
        int n;
        while (length < prolog.Length && (n = text.Read(prolog, length, prolog.Length - length)) > 0) length += n;
        var opening = new string(prolog, 0, length);
        var doctype = ExternalDoctype.Match(opening);
        if (doctype.Success && doctype.Index < FirstElement(opening)) Blank(prolog, doctype.Index, doctype.Length);
        var late = LateXmlDeclaration.Match(opening).Groups["declaration"];
        if (late.Success) Blank(prolog, late.Index, late.Length);
        return new PrefixedReader(new string(prolog, 0, length), text);
    }

    // Spaces keep every later position and line number where the file has them.
    private static void Blank(char[] text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
    }

    // The index of the root element's '<': not "<?" or "<!".
    private static int FirstElement(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
            if (text[i + 1] != '?' && text[i + 1] != '!') return i;
        return text.Length;
    }

    /// <summary>Reads a prefix already taken from a reader, then the rest of that reader.</summary>
    private sealed class PrefixedReader : TextReader
    {
        private readonly string prefix;
        private readonly TextReader rest;
        private int position;

        public PrefixedReader(string prefix, TextReader rest)
        {
            this.prefix = prefix;
            this.rest = rest;
        }

        public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

        public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (position >= prefix.Length) return rest.Read(buffer, index, count);
            var n = Math.Min(count, prefix.Length - position);
            prefix.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) rest.Dispose();
            base.Dispose(disposing);
        }
    }
}
