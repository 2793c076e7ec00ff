#nullable enable
using System;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class TermDictionaryTests
{
    // Packed (1-16 ASCII characters), hashed (longer, or not ASCII), and words either side of the sixteen-lane edge.
    private static readonly string[] Words =
    {
        "a", "z9", "margin", "softmaxes", "generalizations", "generalizationss", "generalizationsss", "łojasiewicz",
        "abcdefghijklmnoé", "0123456789abcdef", "0123456789abcdefg", "cs.lg", "10.48550/arxiv.2401.00001",
    };

    [Fact]
    public void Finds_a_word_added_from_the_middle_of_a_long_buffer_by_its_string_alone()
    {
        var dictionary = new TermDictionary();
        var buffer = new char[4096];
        var ids = new int[Words.Length];
        for (var i = 0; i < Words.Length; i++)
        {
            // Text after the word in the buffer must not change its key.
            var at = 100 * i + 7;
            Words[i].CopyTo(0, buffer, at, Words[i].Length);
            "xyzxyzxyzxyzxyzxyz".CopyTo(0, buffer, at + Words[i].Length, 18);
            var hash = TermDictionary.Prepare(buffer, at, Words[i].Length, out var low, out var high);
            ids[i] = dictionary.GetOrAdd(buffer, at, Words[i].Length, low, high, hash);
        }
        Assert.Equal(Words.Length, dictionary.Count);
        for (var i = 0; i < Words.Length; i++)
        {
            Assert.Equal(ids[i], dictionary.Find(Words[i]));
            Assert.Equal(Words[i], dictionary[ids[i]]);
        }
        Assert.Equal(-1, dictionary.Find("margins"));
        Assert.Equal(-1, dictionary.Find("generalizationsssss"));
    }

    [Fact]
    public void Gives_a_word_at_the_very_end_of_its_buffer_the_same_id()
    {
        var dictionary = new TermDictionary();
        var id = dictionary.GetOrAdd("margin, then the words of a longer text".ToCharArray(), 6);
        var tail = "...margin".ToCharArray();
        var hash = TermDictionary.Prepare(tail, 3, 6, out var low, out var high);
        Assert.Equal(id, dictionary.GetOrAdd(tail, 3, 6, low, high, hash));
        Assert.Equal(1, dictionary.Count);
    }

    [Fact]
    public void Keeps_finding_long_words_after_the_slots_and_the_pool_have_grown()
    {
        // 20,000 words of 17-40 characters: the slots are rehashed and the pool is copied several times over, and each
        // long word's slot still says where its characters are.
        var dictionary = new TermDictionary();
        var random = new Random(17);
        var words = new string[20_000];
        var ids = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var chars = new char[random.Next(17, 41)];
            for (var c = 0; c < chars.Length; c++) chars[c] = (char)('a' + random.Next(26));
            i.ToString().CopyTo(0, chars, 0, i.ToString().Length); // distinct words
            words[i] = new string(chars);
            ids[i] = dictionary.GetOrAdd(chars, chars.Length);
        }
        Assert.Equal(words.Length, dictionary.Count);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(ids[i], dictionary.Find(words[i]));
            Assert.Equal(words[i], dictionary[ids[i]]);
        }
        Assert.Equal(-1, dictionary.Find(words[0] + "x"));
        Assert.Equal(-1, dictionary.Find(words[0].Substring(0, words[0].Length - 1)));
    }

    [Fact]
    public void Guesses_the_id_of_each_word_it_holds_and_none_for_a_new_one()
    {
        var dictionary = new TermDictionary();
        var ids = new int[Words.Length];
        for (var i = 0; i < Words.Length; i++) ids[i] = dictionary.GetOrAdd(Words[i].ToCharArray(), Words[i].Length);
        for (var i = 0; i < Words.Length; i++)
        {
            var buffer = Words[i].ToCharArray();
            var hash = TermDictionary.Prepare(buffer, 0, buffer.Length, out var low, out var high);
            Assert.Equal(ids[i], dictionary.Guess(hash, low, high));
        }
        var absent = "margins".ToCharArray();
        var absentHash = TermDictionary.Prepare(absent, 0, absent.Length, out var absentLow, out var absentHigh);
        Assert.Equal(-1, dictionary.Guess(absentHash, absentLow, absentHigh));
    }
}
