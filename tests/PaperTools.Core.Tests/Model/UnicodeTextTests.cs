using System.Text;
using Xunit;

namespace PaperTools.Tests.Model;

/// <summary>UnicodeText.Normalize hands text below U+0300 back as it is, for form C only: it must be what
/// String.Normalize gives, for every such character and every pair of them (no two compose).</summary>
public class UnicodeTextTests
{
    [Fact]
    public void TextBelowCombiningMarksIsItsOwnFormC()
    {
        for (var a = (char)0x80; a < 0x300; a++)
            for (var b = (char)0; b < 0x300; b++)
            {
                var text = new string(new[] { a, b, 'x' });
                Assert.Equal(text.Normalize(NormalizationForm.FormC),
                    UnicodeText.Normalize(text, NormalizationForm.FormC));
            }
    }

    [Theory]
    [InlineData("Sol\u00e0", NormalizationForm.FormD, "Sola\u0300")]
    [InlineData("Sola\u0300", NormalizationForm.FormC, "Sol\u00e0")]
    [InlineData("\u0141ojasiewicz \u1e9b\u0323", NormalizationForm.FormC, "\u0141ojasiewicz \u1e9b\u0323")]
    public void OtherTextIsNormalizedAsStringNormalizeDoes(string text, NormalizationForm form, string expected)
        => Assert.Equal(expected, UnicodeText.Normalize(text, form));

    // Built here: a lone surrogate does not survive an attribute's UTF-8 metadata.
    [Fact]
    public void ALoneSurrogateAfterLatinLettersIsReplaced()
        => Assert.Equal("G\u00f6del\ufffd",
            UnicodeText.Normalize("G\u00f6del" + (char)0xD800, NormalizationForm.FormC));
}
