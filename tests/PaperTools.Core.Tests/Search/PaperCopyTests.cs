using System;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class PaperCopyTests
{
    [Fact]
    public void Copy_has_every_settable_value_in_a_new_instance_with_its_own_arrays()
    {
        var paper = new Paper();
        var settable = typeof(Paper).GetProperties().Where(p => p.CanRead && p.CanWrite).ToArray();
        var number = 0;
        foreach (var property in settable) property.SetValue(paper, Sample(property.PropertyType, property.Name, ++number));
        var copy = PaperCopy.Of(paper);

        Assert.NotSame(paper, copy);
        foreach (var property in settable)
        {
            var original = property.GetValue(paper);
            var copied = property.GetValue(copy);
            // Every property holds a value unlike a new Paper's, so a property the copy skips cannot pass.
            Assert.False(Equals(original, property.GetValue(new Paper())) || original is Array { Length: 0 }, property.Name);
            if (original is System.Collections.IEnumerable items and not string)
            {
                Assert.NotSame(original, copied);
                Assert.Equal(items.Cast<object>(), ((System.Collections.IEnumerable)copied).Cast<object>());
            }
            else Assert.Equal(original, copied);
        }
        var (author, field) = (paper.Authors[0], paper.Fields[0]);
        copy.Authors[0] = "Changed";
        copy.Fields[0] = new BibTeXField("note", "changed");
        Assert.Equal(author, paper.Authors[0]);
        Assert.Same(field, paper.Fields[0]);
    }

    // A value of the property's type that no new Paper holds, different for each property.
    private static object Sample(Type type, string name, int number)
    {
        if (type == typeof(string)) return $"{name} {number}";
        if (type == typeof(string[])) return new[] { $"{name} {number}", "second" };
        if (type == typeof(int) || type == typeof(int?)) return 1000 + number;
        if (type == typeof(bool)) return !(bool)typeof(Paper).GetProperty(name)!.GetValue(new Paper())!;
        if (type == typeof(DateTime?)) return new DateTime(2024, 1, 1).AddDays(number);
        if (type == typeof(DigestFormat)) return DigestFormat.ArxivEmail;
        if (type == typeof(BibTeXFieldCollection)) return new BibTeXFieldCollection(new[] { new BibTeXField(name, "value") });
        if (type == typeof(BibItem)) return new BibItem { Type = "article-journal" };
        if (type == typeof(BibTeXEntry)) return new BibTeXEntry("article", "key", Array.Empty<BibTeXField>(), "@article{key,}");
        if (type == typeof(PaperProvenance[]))
            return new[] { new PaperProvenance("digest.txt", number, DigestFormat.ArxivEmail, new DateTime(2024, 2, 2)) };
        throw new NotSupportedException($"Add a sample for Paper.{name} ({type}).");
    }
}
