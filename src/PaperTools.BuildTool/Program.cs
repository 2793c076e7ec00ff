using PaperTools.BuildTool.Help;
using PaperTools.BuildTool.Manifest;

namespace PaperTools.BuildTool;

/// <summary>
///   help DOCS OUT            compiles DOCS/*.md (platyPS layout) into OUT/PaperTools.dll-Help.xml and copies
///   DOCS/about_*.help.txt
///   manifest PSD1 CHANGELOG  sets PSD1's ReleaseNotes to CHANGELOG's section for its ModuleVersion, in place
/// Problems in a page are reported as MSBuild warnings (file(line): warning PTB001: ...) and the rest still compiles;
/// a missing folder or file is an error (exit code 1).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            switch (args.Length == 3 ? args[0] : null)
            {
                case "help": return CompileHelp(args[1], args[2]);
                case "manifest": return FillReleaseNotes(args[1], args[2]);
                default:
                    Console.Error.WriteLine("usage: PaperTools.BuildTool help DOCS OUT | manifest PSD1 CHANGELOG");
                    return 2;
            }
        }
        catch (BuildToolException ex)
        {
            Console.Error.WriteLine($"{ex.File}: error PTB000: {ex.Message}");
            return 1;
        }
    }

    private static int CompileHelp(string docs, string output)
    {
        if (!Directory.Exists(docs)) throw new BuildToolException(docs, "the help folder does not exist.");
        var warnings = new Warnings();
        var commands = MarkdownHelpReader.ReadFolder(docs, warnings);
        Directory.CreateDirectory(output);
        MamlWriter.Write(commands, Path.Combine(output, MarkdownHelpReader.HelpFileName));
        foreach (var about in Directory.GetFiles(docs, "about_*.help.txt"))
            File.Copy(about, Path.Combine(output, Path.GetFileName(about)), overwrite: true);
        Console.WriteLine($"PaperTools help: {commands.Count} commands compiled into " +
            $"{Path.Combine(output, MarkdownHelpReader.HelpFileName)}, {warnings.Count} warnings.");
        return 0;
    }

    private static int FillReleaseNotes(string manifest, string changelog)
    {
        ReleaseNotes.Fill(manifest, changelog);
        return 0;
    }
}
