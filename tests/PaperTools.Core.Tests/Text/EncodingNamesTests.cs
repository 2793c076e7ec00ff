using System.Linq;
using System.Text;
using Xunit;

namespace PaperTools.Core.Tests.Text;

/// <summary>The -Encoding names mean what they mean to Out-File and Export-Csv.</summary>
public class EncodingNamesTests
{
    [Theory]
    [InlineData("utf8", 65001, 0)]
    [InlineData("UTF8", 65001, 0)]
    [InlineData("utf8NoBOM", 65001, 0)]
    [InlineData("utf8BOM", 65001, 3)]
    [InlineData("unicode", 1200, 2)]
    [InlineData("bigendianunicode", 1201, 2)]
    [InlineData("utf32", 12000, 4)]
    [InlineData("bigendianutf32", 12001, 4)]
    [InlineData("ascii", 20127, 0)]
    [InlineData("latin1", 28591, 0)]
    [InlineData("windows-1252", 1252, 0)]
    [InlineData("1252", 1252, 0)]
    [InlineData("874", 874, 0)]
    [InlineData("cp874", 874, 0)]
    [InlineData("iso-8859-1", 28591, 0)]
    [InlineData("utf-16", 1200, 2)]
    [InlineData("65001", 65001, 3)]
    public void NamesMeanWhatPowerShellMeans(string name, int codePage, int preambleLength)
    {
        var encoding = EncodingNames.Resolve(name);
        Assert.NotNull(encoding);
        Assert.Equal(codePage, encoding.CodePage);
        Assert.Equal(preambleLength, encoding.GetPreamble().Length);
    }

    [Fact]
    public void UnicodeIsUtf16LittleEndianNotUtf8()
        => Assert.Equal(new byte[] { 0xE9, 0x00 }, EncodingNames.Resolve("unicode").GetBytes("\u00e9"));

    [Fact]
    public void TheWindowsCodePagesAreTheBuiltInOnes()
    {
        Assert.Same(SingleByteEncoding.Windows1252, EncodingNames.Resolve("windows-1252"));
        Assert.Same(SingleByteEncoding.Windows874, EncodingNames.Resolve("874"));
        Assert.Equal(new byte[] { 0x80 }, EncodingNames.Resolve("1252").GetBytes("\u20ac"));
    }

    [Fact]
    public void AnsiAndOemResolveOnEveryPlatform()
    {
        Assert.NotNull(EncodingNames.Resolve("ansi"));
        Assert.NotNull(EncodingNames.Resolve("oem"));
    }

    [Theory]
    [InlineData("klingon-8")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("99999")]
    public void UnknownNamesAreNull(string name) => Assert.Null(EncodingNames.Resolve(name));

    [Fact]
    public void EveryKnownNameResolves()
        => Assert.All(EncodingNames.Known.Select(k => k.Key), name => Assert.NotNull(EncodingNames.Resolve(name)));
}
