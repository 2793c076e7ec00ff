using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PaperTools.Digests.Email;
using Xunit;

namespace PaperTools.Tests.Digests.Email;

/// <summary>
/// The e-mail sniff tests its header lines by hand instead of with the two regexes it used before. The sniff as it
/// was, with those regexes, is the oracle: on the opening of every fixture file and on header lines made to sit at
/// the tests' edges, both must give the same answer.
/// </summary>
public class MessageSniffOracleTests
{
    private static readonly Regex HeaderLine = new Regex(@"^(?:From |[!-9;-~]+:)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex MimeHeader = new Regex(@"^(?:MIME-Version|Content-Type):",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static bool Oracle(byte[] sample)
    {
        var lines = MimeEntity.Latin1(sample, 0, Math.Min(sample.Length, 32 * 1024)).Split('\n');
        if (lines.Length < 2 || !HeaderLine.IsMatch(lines[0])) return false;
        var mime = false;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) return mime;
            if (line[0] == ' ' || line[0] == '\t') continue;
            if (!HeaderLine.IsMatch(line)) return false;
            mime |= MimeHeader.IsMatch(line);
        }
        return false;
    }

    public static TheoryData<string> Crafted() => new()
    {
        "MIME-Version: 1.0\n\nbody", "mime-version: 1.0\n\nbody", "Content-type: text/plain\n\nbody",
        "From someone\nMIME-Version: 1.0\n\nbody", "From: a\nMIME-Version: 1.0\n\n", "From:a\nX: 1\n\n",
        "Fromage\nMIME-Version: 1.0\n\n", ":x\nMIME-Version: 1.0\n\n", "A B: x\nMIME-Version: 1.0\n\n",
        "X\u007f: 1\nMIME-Version: 1.0\n\n", "X\u00e9: 1\nMIME-Version: 1.0\n\n", "~!9;: x\nMIME-Version: 1.0\n\n",
        "Subject: x\n folded\nContent-Type: text/html\n\n", "Subject: x\r\nMIME-Version: 1.0\r\n\r\n",
        "MIME-Version 1.0\n\n", "MIME-Versions: 1\n\n", "Subject: x\nMIME-Version:", "X:\n\n", "\nX: 1\n\n",
        "Subject: only\nX-Mailer: y\n\nbody",
    };

    [Theory]
    [MemberData(nameof(Crafted))]
    public void CraftedOpeningsAreSniffedAsBefore(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        Assert.Equal(Oracle(bytes), EmailMessage.LooksLikeMessage(bytes));
    }

    [Fact]
    public void EveryFixtureIsSniffedAsBefore()
    {
        var files = Directory.GetDirectories(Fixture.Path()).SelectMany(Directory.GetFiles)
            .Where(f => !f.EndsWith(".gz", StringComparison.Ordinal)).ToList();
        var messages = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024)).ToArray();
            var expected = Oracle(sample);
            Assert.True(expected == EmailMessage.LooksLikeMessage(sample), file);
            if (expected) messages++;
        }
        Assert.True(messages >= 3, $"only {messages} of {files.Count} fixture files are messages");
    }
}
