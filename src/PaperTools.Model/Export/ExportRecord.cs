namespace PaperTools.Export;

/// <summary>A paper as one record of an exported file, under the key the file knows it by.</summary>
public sealed class ExportRecord
{
    public ExportRecord(Paper paper, string key)
    {
        Paper = paper;
        Key = key;
    }

    public Paper Paper { get; }
    public string Key { get; }
}
