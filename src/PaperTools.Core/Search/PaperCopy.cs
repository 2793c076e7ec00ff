using System.Linq.Expressions;
using System.Reflection;

namespace PaperTools.Search;

/// <summary>
/// A field-by-field copy of a Paper, for results that carry their own Score and Matches. PowerShell keeps note
/// properties per base object (its "resurrection" table), so notes added to any wrapper of the caller's Paper
/// would stick to that Paper: a second search would collide with the first one's Score. A copy keeps every
/// search's notes apart and leaves the input untouched. Every public settable property is copied, so properties
/// added to Paper later are copied too; arrays and field lists are copied so edits to a result stay in the result.
/// </summary>
public static class PaperCopy
{
    // One compiled method assigning every property: a ranked search copies thousands of papers, and reading and
    // writing each property through reflection cost a quarter of a one-query search.
    private static readonly Action<Paper, Paper> CopyProperties = Compile();

    public static Paper Of(Paper paper)
    {
        if (paper == null) throw new ArgumentNullException(nameof(paper));
        var copy = new Paper();
        CopyProperties(paper, copy);
        return copy;
    }

    private static Action<Paper, Paper> Compile()
    {
        var from = Expression.Parameter(typeof(Paper), "from");
        var to = Expression.Parameter(typeof(Paper), "to");
        var cloned = typeof(PaperCopy).GetMethod(nameof(Cloned), BindingFlags.NonPublic | BindingFlags.Static)!;
        var assignments = typeof(Paper).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p =>
            {
                Expression value = Expression.Property(from, p);
                // No value type Paper holds is ICloneable; references are cloned when they are (arrays, field lists).
                if (!p.PropertyType.IsValueType)
                    value = Expression.Call(cloned.MakeGenericMethod(p.PropertyType), value);
                return (Expression)Expression.Assign(Expression.Property(to, p), value);
            });
        return Expression.Lambda<Action<Paper, Paper>>(Expression.Block(assignments), from, to).Compile();
    }

    private static T? Cloned<T>(T? value) where T : class
        => value is ICloneable cloneable ? (T)cloneable.Clone() : value;
}
