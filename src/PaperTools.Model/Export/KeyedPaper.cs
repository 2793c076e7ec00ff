namespace PaperTools.Export;

/// <summary>
/// A paper as one record of an exported file (RIS, CSL-JSON), under the key the file knows it by, with the item the
/// export worked out for it (null: the writer works it out).
/// </summary>
public sealed record KeyedPaper(Paper Paper, string Key, BibItem? Item = null);
