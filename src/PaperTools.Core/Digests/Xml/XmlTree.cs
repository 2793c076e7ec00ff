using System.Xml;
using System.Xml.Linq;

namespace PaperTools.Digests.Xml;

/// <summary>
/// Builds the element the reader is on as a small tree, one node at a time, instead of XNode.ReadFrom: a record
/// nested 100,000 levels deep (unclosed tags) took seconds to build and would overflow the stack when its text is
/// read. Real records nest a handful of levels; past <see cref="MaxDepth"/> the walk stops.
/// </summary>
internal static class XmlTree
{
    /// <summary>Atom entries nest three levels, PubMed articles about ten; 64 leaves room for any extension.</summary>
    public const int MaxDepth = 64;

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// The element, the reader left on the node after it (as XNode.ReadFrom leaves it); null, with the reader
    /// inside the element, when it nests deeper than <see cref="MaxDepth"/>. Throws XmlException where the XML breaks.
    /// </summary>
    public static XElement? Read(XmlReader xml)
    {
        var root = NewElement(xml);
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return root;
        }
        var current = root;
        var depth = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var child = NewElement(xml);
                    current.Add(child);
                    if (xml.IsEmptyElement) break;
                    if (++depth > MaxDepth) return null;
                    current = child;
                    break;
                case XmlNodeType.EndElement:
                    if (current == root)
                    {
                        xml.Read();
                        return root;
                    }
                    current = current.Parent ?? root;
                    depth--;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(xml.Value));
                    break;
            }
        }
        throw new XmlException("The XML ends inside an element.", null, ((IXmlLineInfo)xml).LineNumber, 0);
    }

    // Namespace declarations are left out: readers match elements by local name.
    private static XElement NewElement(XmlReader xml)
    {
        var element = new XElement(XName.Get(xml.LocalName, xml.NamespaceURI));
        while (xml.MoveToNextAttribute())
            if (xml.NamespaceURI != XmlnsNamespace) element.Add(new XAttribute(XName.Get(xml.LocalName,
                xml.NamespaceURI), xml.Value));
        xml.MoveToElement();
        return element;
    }
}
