namespace PaperTools.Publication;

/// <summary>
/// What Update-PaperPublication was asked to do, beyond the etiquette <see cref="Metadata.MetadataOptions"/> keeps.
/// </summary>
public sealed class PublicationOptions
{
    /// <summary>The services to ask, in order; Crossref is also the one that supplies every published record.</summary>
    public IReadOnlyList<MetadataService> Sources { get; set; } = DefaultSources;

    public static readonly MetadataService[] DefaultSources =
        { MetadataService.Arxiv, MetadataService.Crossref, MetadataService.OpenAlex, MetadataService.SemanticScholar };

    /// <summary>Add the keyword "retracted" or "withdrawn" to papers a retraction or withdrawal names.</summary>
    public bool MarkRetracted { get; set; }

    /// <summary>OpenAlex's API key; sent with each OpenAlex request only, never cached or logged.</summary>
    public string? OpenAlexKey { get; set; }
}
