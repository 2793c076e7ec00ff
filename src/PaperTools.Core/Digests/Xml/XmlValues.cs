using System.Xml.Linq;

namespace PaperTools.Digests.Xml;

/// <summary>Reading values out of small record trees by local name, whatever namespace a service put them in.</summary>
internal static class XmlValues
{
    public static IEnumerable<XElement> Children(XElement? element, string localName)
        => element == null ? Enumerable.Empty<XElement>()
            : element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(XElement? element, string localName) => Children(element, localName).FirstOrDefault();

    /// <summary>The child's text on one line; null when absent or empty.</summary>
    public static string? Text(XElement? element, string localName) =>
        Whitespace.Collapse(Child(element, localName)?.Value);

    /// <summary>Each child's text on one line, empty ones left out.</summary>
    public static string[] Texts(XElement element, string localName)
        => Children(element, localName).Select(e => Whitespace.Collapse(e.Value)).OfType<string>().ToArray();

    public static string? Attribute(XElement? element, string localName)
        => element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    public static bool Is(XElement element, string localName) => string.Equals(element?.Name.LocalName, localName,
        StringComparison.Ordinal);
}
