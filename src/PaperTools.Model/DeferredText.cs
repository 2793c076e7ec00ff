namespace PaperTools;

/// <summary>
/// A text property's value that its reader works out only when it is asked for, from what the paper keeps anyway (a
/// field of its entry), so that the paper holds the text once, as written, and not also as read. Each read works it
/// out anew: reading never grows what a held paper costs.
/// </summary>
internal abstract class DeferredText
{
    public abstract string? Read();
}
