namespace PaperTools.Commands;

/// <summary>
/// Where each cmdlet's help lives online (HelpUri, so Get-Help -Online works): its platyPS markdown page,
/// docs/en-US/&lt;Verb-Noun&gt;.md, the same page the module's MAML help is compiled from.
/// </summary>
internal static class HelpLinks
{
    public const string Docs = "https://github.com/papertools/PaperTools/blob/main/docs/en-US/";
}
