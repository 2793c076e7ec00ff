#nullable enable
using System.Collections.Generic;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Formats;
using PaperTools.Formats.CslJson;
using PaperTools.Formats.Ris;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// Every rule of every format's mapping table, walked both ways: a paper whose item holds the rule's type, role or
/// variable is written by the format's writer and read back by its reader with it unchanged, and each name the rule
/// also reads (RIS EBOOK, BibTeX school) reads as the same thing. BibTeX's table is walked in both dialects: a paper
/// with an item and no entry (read from RIS or CSL-JSON) is written by Export-PaperBibTeX and read back through it.
/// </summary>
public class MappingTableTests
{
    public static IEnumerable<object[]> Formats() => new[] { new object[] { "ris" }, new object[] { "csl" } };

    private static FormatMapping Table(string format) => format == "ris" ? RisMapping.Table : CslMapping.Table;

    private static Paper Book(BibItem item) => new Paper { Title = "A title", Item = item };

    // A value the rule's field takes: a date where it takes only dates (BibTeX's urldate), else words naming it.
    private static string Sample(MappingRule rule)
        => rule.Accepts?.Invoke("Value of " + rule.Target) == false ? "2020-01-02" : "Value of " + rule.Target;

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryFieldReadsBackAsWritten(string format)
    {
        Assert.All(Table(format).Fields, rule =>
        {
            var value = rule.Accepts != null ? "0028-0836" : "Value of " + rule.Target;
            // A type with no RIS tag read by type (those are walked below).
            var item = new BibItem { Type = "document" };
            item[rule.Target] = value;
            var back = ItemFormats.Through(format, Book(item));
            Assert.True(value == back.Item?[rule.Target], $"{format} {rule.Name} ({rule.Target}) came back as '{back.Item?[rule.Target]}'");
        });
    }

    // RIS tags Zotero reads by item type (RisMapping's typed rules) in the types that have them; the variables whose
    // tag they take (a patent's ISBN, in SN) are kept as notes that name them.
    [Theory]
    [InlineData("patent")]
    [InlineData("book")]
    public void EveryRisFieldOfATypeReadsBackAsWritten(string type)
    {
        Assert.NotEmpty(RisMapping.Unheld(type));
        Assert.All(RisMapping.Unheld(type), rule =>
        {
            var item = new BibItem { Type = type };
            var value = rule.Accepts != null ? "0028-0836" : "9780000000002";
            item[rule.Target] = value;
            Assert.Contains($"N1  - {rule.Target}: {value}\r\n", ItemFormats.Write("ris", Book(item)));
        });
        Assert.All(RisMapping.Fields(type), rule =>
        {
            var value = rule.Accepts != null ? "0028-0836" : "Value of " + rule.Target;
            var item = new BibItem { Type = type };
            item[rule.Target] = value;
            var back = ItemFormats.Through("ris", Book(item));
            Assert.True(value == back.Item?[rule.Target], $"{type} {rule.Name} ({rule.Target}) came back as '{back.Item?[rule.Target]}'");
        });
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryTypeReadsBackAsWrittenAndEveryAliasAsItsType(string format)
    {
        var types = Table(format).Types;
        Assert.All(types, rule =>
        {
            // A type written under another's name (CSL software as book, for Zotero) reads back as that name reads (a
            // RIS standard, STAND, as the report Zotero reads).
            var writtenAs = Table(format).CslType(rule.Name);
            Assert.Equal(writtenAs, ItemFormats.Through(format, Book(new BibItem { Type = rule.Target })).Item?.Type);
            foreach (var alias in rule.ReadAlso)
            {
                var (papers, _) = ItemFormats.Read(format, format == "ris" ? $"TY  - {alias}\r\nTI  - A title\r\nER  - \r\n"
                    : $"[{{\"id\": \"k\", \"type\": \"{alias}\", \"title\": \"A title\"}}]");
                Assert.True(rule.Target == Assert.Single(papers).Item?.Type, $"{alias} read as {papers[0].Item?.Type}");
            }
        });
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryRoleReadsBackAsWritten(string format)
    {
        Assert.All(Table(format).Roles.Where(r => r.Target != "author"), rule =>
        {
            var item = new BibItem { Type = "book" };
            item.Creators.Add(new BibCreator(rule.Target, "Bell, II, Edwin V."));
            var back = ItemFormats.Through(format, Book(item));
            Assert.Equal(new BibCreator(rule.Target, "Bell, II, Edwin V."), Assert.Single(back.Item!.Creators));
            Assert.Empty(back.Authors);
        });
    }

    public static IEnumerable<object[]> Dialects()
        => new[] { new object[] { BibTeXDialect.BibTeX }, new object[] { BibTeXDialect.BibLaTeX } };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void EveryBibTeXFieldReadsBackAsWritten(BibTeXDialect dialect)
    {
        var table = BibTeXMapping.For(dialect);
        Assert.All(table.Fields, rule =>
        {
            // In a type that holds the field (an ISSN an article's, a genre a thesis's).
            var item = new BibItem { Type = table.Types.First(t => BibTeXMapping.Holds(t.Name, rule.Target)).Target };
            item[rule.Target] = Sample(rule);
            var (text, back) = ItemFormats.ThroughBib(Book(item), dialect);
            var read = BibTeXMapping.Read(back);
            Assert.True(item[rule.Target] == read?[rule.Target],
                $"{dialect} {rule.Name} came back as '{read?[rule.Target]}':\n{text}");
        });
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void EveryBibTeXTypeReadsBackAsWrittenAndRolesAsTheirs(BibTeXDialect dialect)
    {
        var table = BibTeXMapping.For(dialect);
        Assert.All(table.Types, rule =>
        {
            // A type written under another's name (a magazine article as @article) reads back as that one.
            var writtenAs = BibTeXMapping.Table.CslType(rule.Name);
            var (text, back) = ItemFormats.ThroughBib(Book(new BibItem { Type = rule.Target }), dialect);
            Assert.Equal(rule.Name, back.EntryType);
            Assert.True(writtenAs == BibTeXMapping.Read(back)?.Type,
                $"{rule.Target} came back as {BibTeXMapping.Read(back)?.Type}:\n{text}");
        });
        Assert.All(table.Roles.Where(r => r.Target != "author"), rule =>
        {
            var item = new BibItem { Type = "book" };
            item.Creators.Add(new BibCreator(rule.Target, "Bell, II, Edwin V."));
            var (_, back) = ItemFormats.ThroughBib(Book(item), dialect);
            Assert.Equal(new BibCreator(rule.Target, "Bell, II, Edwin V."),
                Assert.Single(BibTeXMapping.Read(back)!.Creators));
            Assert.Empty(back.Authors);
        });
    }

    [Fact]
    public void EveryBibTeXFieldTypeAndRoleReads()
    {
        Assert.All(BibTeXMapping.Table.Fields, rule =>
        {
            foreach (var name in new[] { rule.Name }.Concat(rule.ReadAlso))
            {
                var paper = ItemFormats.ReadBib($"@book{{k, title = {{A title}}, {name} = {{{Sample(rule)}}}}}\n");
                // In a book as the type reads it: number is its series number, pages its number of pages, an issue
                // field its issue (as Zotero's BibTeX import reads them).
                var variable = rule.Target == "page" ? "number-of-pages"
                    : name == "issue" ? "issue" : BibTeXMapping.Variable(rule, "book");
                Assert.True(Sample(rule) == BibTeXMapping.Read(paper)?[variable],
                    $"{name} read as {BibTeXMapping.Read(paper)?[variable]}");
            }
        });
        Assert.All(BibTeXMapping.Table.Types, rule =>
        {
            // A name several rules write (article: journal, magazine and newspaper articles) reads as the first.
            foreach (var name in new[] { rule.Name }.Concat(rule.ReadAlso))
                Assert.Equal(BibTeXMapping.Table.Types.First(r => r.Reads(name)).Target,
                    BibTeXMapping.Read(ItemFormats.ReadBib($"@{name}{{k, title = {{A title}}}}\n"))?.Type);
        });
        Assert.Equal("thesis", BibTeXMapping.Read(ItemFormats.ReadBib("@mastersthesis{k, title = {T}}\n"))?.Type);
        Assert.Equal("chapter", BibTeXMapping.Read(ItemFormats.ReadBib("@incollection{k, title = {T}}\n"))?.Type);
        // "--" is an en dash, as Zotero's BibTeX import reads it.
        Assert.Equal("12\u201315", BibTeXMapping.Read(ItemFormats.ReadBib("@article{k, title = {T}, pages = {12--15}}\n"))?["page"]);
        var edited = BibTeXMapping.Read(ItemFormats.ReadBib("@book{k, title = {T}, editor = {Bell, II, Edwin V. and Ann Smith}, translator = {Jan de Vries}}\n"));
        Assert.Equal(new[] { new BibCreator("editor", "Bell, II, Edwin V."), new BibCreator("editor", "Ann Smith"), new BibCreator("translator", "Jan de Vries") },
            edited!.Creators);
    }

    [Fact]
    public void ARuleNamesEachTargetOnceForWriting()
    {
        var tables = new[]
            { RisMapping.Table, CslMapping.Table, BibTeXMapping.Table, BibTeXMapping.For(BibTeXDialect.BibTeX) };
        foreach (var table in tables)
        {
            Assert.Equal(table.Types.Count, table.Types.Select(r => r.Target).Distinct().Count());
            Assert.Equal(table.Roles.Count, table.Roles.Select(r => r.Target).Distinct().Count());
            Assert.Equal(table.Fields.Count, table.Fields.Select(r => r.Target).Distinct().Count());
        }
    }
}
