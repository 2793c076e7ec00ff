using PaperTools.Identity;

namespace PaperTools.Export;

/// <summary>
/// What an <see cref="ExportSession{TRecord}"/> knows of one paper of its target or input: its same-work keys,
/// worked out once (the session's indexes hold the paper as these), the key it was written under in the session,
/// and whether a paper looked up in the target was found to be it (a paper of the target). One object a paper, so
/// that the session's table of papers holds a reference, not a copy of all three.
/// </summary>
internal sealed class PaperInSession(Paper paper) : SameWorkKeys(paper, keepTitle: false)
{
    public string? WrittenKey { get; set; }

    public bool FoundInLibrary { get; set; }
}
