using Xunit;

namespace PaperTools.Tests.Text;

public class MojibakeRepairTests
{
    [Theory]
    [InlineData("PixArt-ฮฑ", "PixArt-α")]           // UTF-8 CE B1 read as Windows-874
    [InlineData("ฮป-calculus", "λ-calculus")]
    [InlineData("CafÃ©", "Café")]                    // UTF-8 C3 A9 read as Windows-1252
    [InlineData("Ã‰cole", "École")]
    [InlineData("itâ€™s", "it’s")]                   // three-byte sequence E2 80 99
    [InlineData("Ã©Ã©", "éé")]
    public void RepairsMisreadUtf8(string broken, string repaired) => Assert.Equal(repaired, MojibakeRepair.Repair(broken));

    [Theory]
    [InlineData("Façade and naïve café")]             // real Latin-1 letters that are not lead bytes followed by continuations
    [InlineData("ภาษาไทย")]                          // real Thai
    [InlineData("Łojasiewicz, Föppl, Týr")]
    [InlineData("Â")]                                 // a lone lead byte with nothing after it
    [InlineData("")]
    public void LeavesRealTextAlone(string text) => Assert.Equal(text, MojibakeRepair.Repair(text));
}
