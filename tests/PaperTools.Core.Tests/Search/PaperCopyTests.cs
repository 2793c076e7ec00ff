using System;
using System.Linq;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search
{
    public class PaperCopyTests
    {
        [Fact]
        public void Copy_has_every_settable_value_in_a_new_instance_with_its_own_arrays()
        {
            var paper = Papers.Make("Margin loss", "abs", new[] { "Ana" }, new[] { "cs.LG" }, "2401.01234", new DateTime(2024, 1, 2), new DateTime(2024, 1, 3), "10.1/x");
            paper.Upvotes = 7;
            paper.AbstractIsSnippet = true;
            paper.SourceLine = 12;
            var copy = PaperCopy.Of(paper);

            Assert.NotSame(paper, copy);
            foreach (var property in typeof(Paper).GetProperties().Where(p => p.CanRead))
            {
                var original = property.GetValue(paper);
                var copied = property.GetValue(copy);
                if (original is Array array) Assert.Equal(array.Cast<object>(), ((Array)copied).Cast<object>());
                else Assert.Equal(original, copied);
            }
            copy.Authors[0] = "Changed";
            Assert.Equal("Ana", paper.Authors[0]);
        }
    }
}
