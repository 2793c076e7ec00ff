using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// Makes a hostile input from a real fixture, deterministically from the Random it is given: byte flips,
/// truncations, deletions and duplications, markup, LaTeX, JSON escapes and addresses inserted (alone or
/// repeated thousands of times), huge lines, and pieces of other fixtures spliced in.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Snippets =
    {
        "<div>", "</div>", "<h3><a href=\"", "<", ">", "</", "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "&#xD800;", "&#0;", "&#x1F600;", "&amp;", "&", "<entry>", "<item>", "</item>", "<title>", "<link href=\"javascript:alert(1)\"/>",
        "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\"", "\\", "\"paper\": {", "\"title\": \"", "[", "]", "{", "}", ",", ":", "null",
        "\\\\\n", "\\\\\narXiv:2402.18001\n", "Title: ", "Authors: ", "Categories: ^^5cinput^^7bx^^7d\n", "DOI: 10.1000/^^5c\n",
        "\\\\ ( https://arxiv.org/abs/2402.18001 ,  12kb)\n", "%-%-%-%-", "%%--%%--", "------------------------------",
        "$\\frac$", "$x^$", "$\\left($", "$\\input{x}$", "^^5c", "\\😀", "😀", "\u0301", "\uFEFF", "\r", "\r\n", "\n\n", "\t", "\0", "\u2028",
        "=\r\n", "=FF", "=C3=A9", "Content-Transfer-Encoding: base64\n", "Content-Type: multipart/mixed; boundary=\"b\"\n", "--b\n", "--b--\n",
        "MIME-Version: 1.0\n", "charset=\"x-unknown\"", "javascript:alert(1)", "file:///etc/passwd", "\\\\host\\share",
        "scholar.google.com/scholar_url?url=", "data-props=\"", "dailyPapers", "@comment{", "@string{a = {", "@misc{k,", "title = {", "}}}}",
        "१९८७", "٢٠٢٤", "Aug 20", "received from  Wed 28 Feb 24 19:00:00 GMT  to  Thu 29 Feb 24 19:00:00 GMT\n", " Submissions to:\n",
    };

    private static readonly char[] LineCharacters = { 'a', '<', ' ', '{', '\\', '$', '-', '%', '"', '(', '&', 'é' };

    public static byte[] Mutate(Random random, byte[] seed, IReadOnlyList<byte[]> others)
    {
        var data = new List<byte>(Window(random, seed));
        var steps = 1 + random.Next(4);
        for (var k = 0; k < steps; k++)
        {
            switch (random.Next(100))
            {
                case var n when n < 25:
                    for (var flips = 1 + random.Next(8); flips > 0 && data.Count > 0; flips--) data[random.Next(data.Count)] = (byte)random.Next(256);
                    break;
                case var n when n < 35:
                    var cut = random.Next(data.Count + 1);
                    data.RemoveRange(cut, data.Count - cut);
                    break;
                case var n when n < 40:
                    if (data.Count == 0) break;
                    var at = random.Next(data.Count);
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(4096)));
                    break;
                case var n when n < 70:
                    Insert(random, data, Encoding.UTF8.GetBytes(Snippets[random.Next(Snippets.Length)]));
                    break;
                case var n when n < 82:
                    var snippet = Snippets[random.Next(Snippets.Length)];
                    Insert(random, data, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(snippet, 100 + random.Next(20_000)))));
                    break;
                case var n when n < 85:
                    var c = LineCharacters[random.Next(LineCharacters.Length)];
                    Insert(random, data, Encoding.UTF8.GetBytes(new string(c, 100_000 + random.Next(1_400_000))));
                    break;
                case var n when n < 93:
                    if (data.Count > 0)
                    {
                        var start = random.Next(data.Count);
                        var length = Math.Min(data.Count - start, 1 + random.Next(8192));
                        Insert(random, data, data.GetRange(start, length).ToArray());
                    }
                    break;
                default:
                    var other = others[random.Next(others.Count)];
                    if (other.Length == 0) break;
                    var from = random.Next(other.Length);
                    Insert(random, data, other.Skip(from).Take(1 + random.Next(Math.Min(other.Length - from, 16384))).ToArray());
                    break;
            }
        }
        return data.ToArray();
    }

    /// <summary>The whole fixture, or its opening (which decides detection) and a stretch after it, so large fixtures stay quick to mutate.</summary>
    private static byte[] Window(Random random, byte[] seed)
    {
        if (seed.Length <= 24 * 1024 || random.Next(4) == 0) return seed;
        var head = 2048 + random.Next(16 * 1024);
        var start = random.Next(head, seed.Length);
        var length = Math.Min(seed.Length - start, 4096 + random.Next(16 * 1024));
        return seed.Take(head).Concat(seed.Skip(start).Take(length)).ToArray();
    }

    private static void Insert(Random random, List<byte> data, byte[] bytes) => data.InsertRange(random.Next(data.Count + 1), bytes);
}
