namespace PaperTools.Publication;

/// <summary>
/// The kinds of editorial notice a work can carry, from the least to the most serious for a citation.
/// </summary>
public enum NoticeKind
{
    Correction,
    ExpressionOfConcern,
    Withdrawal,
    Retraction,
}
