#nullable enable
using System.Reflection;

namespace PaperTools.Search;

/// <summary>
/// A field-by-field copy of a Paper, for results that carry their own Score and Matches. PowerShell keeps note
/// properties per base object (its "resurrection" table), so notes added to any wrapper of the caller's Paper
/// would stick to that Paper: a second search would collide with the first one's Score. A copy keeps every
/// search's notes apart and leaves the input untouched. Every public settable property is copied, so
/// properties added to Paper later are copied too; arrays and field lists are copied so edits to a result stay in the
/// result.
/// </summary>
public static class PaperCopy
{
    private static readonly PropertyInfo[] Settable = typeof(Paper)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0).ToArray();

    public static Paper Of(Paper paper)
    {
        if (paper == null) throw new ArgumentNullException(nameof(paper));
        var copy = new Paper();
        foreach (var property in Settable)
        {
            var value = property.GetValue(paper);
            property.SetValue(copy, value is ICloneable cloneable ? cloneable.Clone() : value);
        }
        return copy;
    }
}
