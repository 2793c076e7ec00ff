using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;

namespace PaperTools.Module.Tests;

/// <summary>
/// One attribute as written in the source, read from metadata. PowerShellStandard.Library is a
/// compile-time facade whose attribute getters return defaults, so the attributes must not be
/// instantiated: the metadata is what the real PowerShell reads.
/// </summary>
internal sealed class AttributeData
{
    private readonly CustomAttributeData data;

    private AttributeData(CustomAttributeData data) => this.data = data;

    public static IEnumerable<AttributeData> On<TAttribute>(MemberInfo member)
        => member.GetCustomAttributesData().Where(a => a.AttributeType == typeof(TAttribute)).Select(a => new AttributeData(a));

    public static AttributeData Single<TAttribute>(MemberInfo member) => On<TAttribute>(member).SingleOrDefault();

    /// <summary>Constructor arguments, with params arrays flattened.</summary>
    public object[] Arguments => data.ConstructorArguments.SelectMany(Flatten).ToArray();

    public T Named<T>(string name, T absent)
    {
        foreach (var arg in data.NamedArguments)
            if (arg.MemberName == name) return (T)arg.TypedValue.Value;
        return absent;
    }

    private static IEnumerable<object> Flatten(CustomAttributeTypedArgument argument)
        => argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { argument.Value };
}
