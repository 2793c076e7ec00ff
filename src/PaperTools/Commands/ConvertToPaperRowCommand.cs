using System.Collections;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperRow: one flat object per paper, for Export-Csv and other tabular tools: every property as it is,
/// except lists (Authors, Categories, Keywords), which become one string joined by -Separator, so a CSV cell
/// reads "Ada Lovelace; Alan Turing" instead of "System.String[]". Score and Matches of ranked results come along.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperRow", HelpUri = HelpLinks.Docs + "ConvertTo-PaperRow.md")]
[OutputType(RowTypeName)]
public sealed class ConvertToPaperRowCommand : PaperToolsCmdlet
{
    public const string RowTypeName = "PaperTools.PaperRow";

    /// <summary>Papers, as Import-PaperDigest, Find-Paper or Import-PaperBibTeX write them (ranked results keep Score
    /// and Matches).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    /// <summary>What joins the items of a list into one cell; "; " by default, as names and titles may hold
    /// commas.</summary>
    [Parameter]
    [AllowEmptyString]
    public string Separator { get; set; } = "; ";

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        if (!(InputObject.BaseObject is Paper))
        {
            WriteProblem(new Problem(ErrorIds.RowInputNotPaper, ProblemCategory.InvalidType,
                "ConvertTo-PaperRow flattens PaperTools.Paper objects; this is " +
                $"a {InputObject.BaseObject.GetType().FullName}.", InputObject.BaseObject.ToString()));
            return;
        }
        var row = new PSObject();
        row.TypeNames.Insert(0, RowTypeName);
        foreach (var property in InputObject.Properties)
        {
            if (!property.IsGettable) continue;
            var value = property.Value;
            if (value is IEnumerable list && !(value is string)) value = Join(list);
            row.Properties.Add(new PSNoteProperty(property.Name, value));
        }
        WriteObject(row);
    }

    private string Join(IEnumerable list)
    {
        var parts = new System.Collections.Generic.List<string?>();
        foreach (var item in list) if (item != null) parts.Add(item.ToString());
        return string.Join(Separator ?? string.Empty, parts);
    }
}
