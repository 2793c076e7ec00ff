namespace PaperTools.Publication;

/// <summary>
/// One notice about a paper: its kind, the notice's own DOI when it has one, and who stated it ("Crossref
/// updated-by (retraction-watch)", "arXiv comment", "OpenAlex is_retracted").
/// </summary>
public sealed class PublicationNotice(NoticeKind kind, string? noticeDoi, string statedBy)
{
    public NoticeKind Kind { get; } = kind;
    public string? NoticeDoi { get; } = noticeDoi;
    public string StatedBy { get; } = statedBy;

    /// <summary>Retractions and withdrawals: the paper should not be cited as it stands.</summary>
    public bool Withdraws => Kind == NoticeKind.Retraction || Kind == NoticeKind.Withdrawal;

    /// <summary>
    /// Crossref's update types (retraction, withdrawal, expression_of_concern, correction, erratum …); null for
    /// others.
    /// </summary>
    public static NoticeKind? FromCrossrefType(string? type)
    {
        switch (type?.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_'))
        {
            case "retraction": return NoticeKind.Retraction;
            case "removal":
            case "withdrawal": return NoticeKind.Withdrawal;
            case "expression_of_concern": return NoticeKind.ExpressionOfConcern;
            case "correction":
            case "erratum":
            case "corrigendum": return NoticeKind.Correction;
            default: return null;
        }
    }

    public override string ToString()
        => NoticeDoi == null ? $"{Kind} ({StatedBy})" : $"{Kind} doi:{NoticeDoi} ({StatedBy})";

    internal bool SameAs(PublicationNotice other)
        => Kind == other.Kind && string.Equals(NoticeDoi, other.NoticeDoi, StringComparison.OrdinalIgnoreCase);
}
