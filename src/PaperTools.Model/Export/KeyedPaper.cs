namespace PaperTools.Export;

/// <summary>A paper as one record of an exported file (RIS, CSL-JSON), under the key the file knows it by.</summary>
public sealed record KeyedPaper(Paper Paper, string Key);
