using System.Collections.Generic;
using System.Xml;
using System.Xml.Linq;

namespace PaperTools.Digests.Xml
{
    /// <summary>
    /// Walks an XML stream handing out each element with one of the given local names as a small tree, with the
    /// line it starts on; only the current record is held in memory, so a large harvest streams.
    /// </summary>
    internal sealed class XmlRecords
    {
        private readonly XmlReader xml;
        private readonly HashSet<string> names;
        private bool positioned;

        public XmlRecords(XmlReader xml, params string[] localNames)
        {
            this.xml = xml;
            names = new HashSet<string>(localNames, System.StringComparer.Ordinal);
        }

        /// <summary>The 1-based line of the record <see cref="Next"/> returned last.</summary>
        public int Line { get; private set; }

        /// <summary>The next record; null at the end of the document. Throws XmlException where the XML breaks.</summary>
        public XElement Next()
        {
            while (positioned || xml.Read())
            {
                positioned = false;
                if (xml.NodeType != XmlNodeType.Element || !names.Contains(xml.LocalName)) continue;
                Line = ((IXmlLineInfo)xml).LineNumber;
                var record = (XElement)XNode.ReadFrom(xml);
                // ReadFrom leaves the reader on the node after the record, which may be the next record.
                positioned = true;
                return record;
            }
            return null;
        }
    }
}
