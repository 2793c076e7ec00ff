using PaperTools.Diagnostics;
using PaperTools.Identity;

namespace PaperTools.Export;

/// <summary>
/// What one format decides for an <see cref="ExportSession{TRecord}"/>: whether a digest paper has anything to cite
/// in it, the key a paper is written under, and the record made of both. One is made per session, bound to its
/// report and line break.
/// </summary>
public abstract class RecordComposer<TRecord> where TRecord : class
{
    /// <summary>The id naming papers whose titles match but whose facts conflict; null: they are not named.</summary>
    internal virtual string? PossibleDuplicateId => null;

    /// <summary>The problem naming a digest paper with nothing to cite in the format; null when it has some.</summary>
    internal abstract Problem? NothingToCite(Paper paper, SameWorkKeys identity);

    /// <summary>The key for <paramref name="paper"/>, free in <paramref name="session"/>, which takes it.</summary>
    internal abstract string ChooseKey(Paper paper, ExportSession<TRecord> session);

    /// <summary>
    /// Tells the composer of a paper of the session's input, before it is composed: a record may draw on others (a
    /// .bib entry's crossref parent). The file exporters tell it every paper first.
    /// </summary>
    internal virtual void Know(Paper paper)
    {
    }

    internal abstract TRecord Compose(Paper paper, string key);
}
