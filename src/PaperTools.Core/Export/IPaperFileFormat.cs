using System.Collections.Generic;

namespace PaperTools.Export;

/// <summary>
/// One bibliography file format the exporter writes (RIS, CSL-JSON): how records are written, how a file of
/// them begins and ends, and how new records join an existing file without disturbing its bytes.
/// </summary>
public interface IPaperFileFormat
{
    /// <summary>The format's name in messages: "RIS", "CSL-JSON".</summary>
    string Name { get; }

    /// <summary>The digest reader that reads such a file back (to learn what an existing target holds).</summary>
    DigestFormat ReadAs { get; }

    /// <summary>The line break a new file uses.</summary>
    string NewLine { get; }

    /// <summary>The whole text of a new file holding <paramref name="records"/>.</summary>
    string NewFile(IReadOnlyList<ExportRecord> records);

    /// <summary>
    /// The text to add after <paramref name="existing"/> (the target's text, unchanged) so that it holds the new
    /// records too, and how many characters at its end to replace (CSL-JSON reopens its closing bracket); null,
    /// with <paramref name="failure"/>, when the existing text cannot take more records.
    /// </summary>
    string Continuation(string existing, IReadOnlyList<ExportRecord> records, string newLine, out int replaceFromEnd, out string failure);
}
