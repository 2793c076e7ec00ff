using System.Text.RegularExpressions;

namespace PaperTools.BuildTool.Help;

/// <summary>
/// Reads cmdlet help pages in platyPS's markdown layout: YAML front matter, "# Verb-Noun", then the ## sections
/// SYNOPSIS, SYNTAX (### set), DESCRIPTION, EXAMPLES (### title, code, remarks), PARAMETERS (### -Name, text,
/// ```yaml facts), INPUTS and OUTPUTS (### type), NOTES and RELATED LINKS. Only pages whose front matter names
/// PaperTools.dll-Help.xml are compiled. What a page gets wrong is a warning; the rest of it still compiles.
/// </summary>
public static class MarkdownHelpReader
{
    public const string HelpFileName = "PaperTools.dll-Help.xml";

    private static readonly Regex Link = new Regex(@"^\s*[-*]?\s*\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)\s*$");
    private static readonly Regex Placeholder = new Regex(@"\{\{.*\}\}");

    public static List<CommandHelp> ReadFolder(string folder, Warnings warnings)
        => Directory.GetFiles(folder, "*.md").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => Read(f, File.ReadAllLines(f), warnings))
            .OfType<CommandHelp>()
            .ToList();

    /// <summary>The page's help; null when the page is not a PaperTools cmdlet page.</summary>
    public static CommandHelp? Read(string file, string[] lines, Warnings warnings)
    {
        var page = new Page(file, lines, warnings);
        var front = page.ReadFrontMatter();
        if (!front.TryGetValue("external help file", out var helpFile) || !helpFile.Equals(HelpFileName,
            StringComparison.OrdinalIgnoreCase))
            return null;
        var command = new CommandHelp { OnlineVersion = front.TryGetValue("online version", out var online)
            && online.Length > 0 ? online : null };
        page.Read(command);
        return command;
    }

    /// <summary>One page being read, line by line.</summary>
    private sealed class Page
    {
        private readonly string file;
        private readonly string[] lines;
        private readonly Warnings warnings;
        private int at;

        public Page(string file, string[] lines, Warnings warnings)
        {
            this.file = file;
            this.lines = lines;
            this.warnings = warnings;
        }

        public Dictionary<string, string> ReadFrontMatter()
        {
            var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (at < lines.Length && lines[at].Trim().Length == 0) at++;
            if (at >= lines.Length || lines[at].Trim() != "---") return front;
            for (at++; at < lines.Length && lines[at].Trim() != "---"; at++)
            {
                var colon = lines[at].IndexOf(':');
                if (colon > 0) front[lines[at].Substring(0, colon).Trim()] = lines[at].Substring(colon + 1).Trim();
            }
            at++;
            return front;
        }

        public void Read(CommandHelp command)
        {
            for (; at < lines.Length; at++)
            {
                var line = lines[at];
                if (line.StartsWith("# ", StringComparison.Ordinal)
                    && command.Name == null) command.Name = line.Substring(2).Trim();
                else if (line.StartsWith("## ", StringComparison.Ordinal)) ReadSection(line.Substring(3).Trim()
                    .ToUpperInvariant(), command);
            }
            if (command.Name == null) Warn(1, "no '# Verb-Noun' title.");
            if (string.IsNullOrWhiteSpace(command.Synopsis)) Warn(1, $"{command.Name} has no SYNOPSIS.");
        }

        // Reads from the line after a ## heading up to the next ## heading (left on it, for Read's loop).
        private void ReadSection(string section, CommandHelp command)
        {
            var start = at + 1;
            var end = start;
            while (end < lines.Length && !lines[end].StartsWith("## ", StringComparison.Ordinal)) end++;
            var body = new ArraySegment<string>(lines, start, end - start);
            switch (section)
            {
                case "SYNOPSIS": command.Synopsis = string.Join(" ", Paragraphs(body, start)); break;
                case "DESCRIPTION": command.Description.AddRange(Paragraphs(body, start)); break;
                case "NOTES": command.Notes.AddRange(Paragraphs(body, start)); break;
                case "SYNTAX": ReadSyntax(body, start, command); break;
                case "EXAMPLES": ReadExamples(body, start, command); break;
                case "PARAMETERS": ReadParameters(body, start, command); break;
                case "INPUTS": command.Inputs.AddRange(ReadTypes(body, start)); break;
                case "OUTPUTS": command.Outputs.AddRange(ReadTypes(body, start)); break;
                case "RELATED LINKS": ReadLinks(body, start, command); break;
                default: Warn(at + 1, $"'## {section}' is not a platyPS section; it is left out."); break;
            }
            at = end - 1;
        }

        private void ReadSyntax(ArraySegment<string> body, int start, CommandHelp command)
        {
            foreach (var (title, lineNo, content) in Subsections(body, start, allowPreamble: true))
            {
                var code = CodeBlocks(content).Select(b => b.Code).FirstOrDefault();
                if (code == null) { Warn(lineNo, "a SYNTAX set without a code block."); continue; }
                var name = title == null ? "__AllParameterSets" : Regex.Replace(title, @"\s*\(Default\)\s*$",
                    string.Empty, RegexOptions.IgnoreCase);
                command.Syntax.Add(new SyntaxSet { Name = name, Line = code });
            }
        }

        private void ReadExamples(ArraySegment<string> body, int start, CommandHelp command)
        {
            foreach (var (title, lineNo, content) in Headed(body, start))
            {
                var blocks = CodeBlocks(content).ToList();
                if (blocks.Count == 0) Warn(lineNo, $"example '{title}' has no code block.");
                var example = new Example { Title = title, Code = string.Join(Environment.NewLine + Environment.NewLine,
                    blocks.Select(b => b.Code)) };
                example.Remarks.AddRange(Paragraphs(WithoutCode(content), lineNo));
                if (example.Remarks.Count == 0) Warn(lineNo, $"example '{title}' says nothing about what it does.");
                command.Examples.Add(example);
            }
        }

        private void ReadParameters(ArraySegment<string> body, int start, CommandHelp command)
        {
            foreach (var (title, lineNo, content) in Headed(body, start))
            {
                if (title.Equals("CommonParameters", StringComparison.OrdinalIgnoreCase)) continue;
                if (!title.StartsWith("-", StringComparison.Ordinal)) { Warn(lineNo,
                    $"'### {title}' under PARAMETERS is not '### -Name'."); continue; }
                var parameter = new ParameterHelp { Name = title.Substring(1).Trim() };
                parameter.Description.AddRange(Paragraphs(WithoutCode(content), lineNo));
                foreach (var block in CodeBlocks(content).Where(b =>
                    b.Language == "yaml")) parameter.Facts.Add(ReadFacts(block.Code));
                if (parameter.Description.Count == 0) Warn(lineNo, $"-{parameter.Name} has no description.");
                if (parameter.Facts.Count == 0)
                {
                    Warn(lineNo, $"-{parameter.Name} has no ```yaml block (Type, Parameter Sets, ...).");
                    parameter.Facts.Add(new ParameterFacts());
                }
                command.Parameters.Add(parameter);
            }
        }

        private static ParameterFacts ReadFacts(string yaml)
        {
            var facts = new ParameterFacts();
            foreach (var line in yaml.Split('\n'))
            {
                var colon = line.IndexOf(':');
                if (colon <= 0) continue;
                var value = line.Substring(colon + 1).Trim();
                switch (line.Substring(0, colon).Trim().ToLowerInvariant())
                {
                    case "type": if (value.Length > 0) facts.Type = value; break;
                    case "parameter sets": facts.Sets.AddRange(value.Split(',').Select(s => s.Trim())
                        .Where(s => s.Length > 0)); break;
                    case "aliases": facts.Aliases = value; break;
                    case "accepted values": facts.AcceptedValues = value; break;
                    case "required": facts.Required = value.StartsWith("true",
                        StringComparison.OrdinalIgnoreCase); break;
                    case "position": if (value.Length > 0) facts.Position = value; break;
                    case "default value": if (value.Length > 0) facts.DefaultValue = value; break;
                    case "accept pipeline input": if (value.Length > 0) facts.PipelineInput = value; break;
                    case "accept wildcard characters": facts.Wildcards = value.StartsWith("true",
                        StringComparison.OrdinalIgnoreCase); break;
                }
            }
            return facts;
        }

        private IEnumerable<TypeHelp> ReadTypes(ArraySegment<string> body, int start)
        {
            foreach (var (title, lineNo, content) in Headed(body, start))
            {
                var type = new TypeHelp { Type = title };
                type.Description.AddRange(Paragraphs(content, lineNo));
                yield return type;
            }
        }

        private void ReadLinks(ArraySegment<string> body, int start, CommandHelp command)
        {
            if (command.OnlineVersion != null) command.Links.Add(new KeyValuePair<string, string>("Online Version:",
                command.OnlineVersion));
            for (var i = 0; i < body.Count; i++)
            {
                if (body[i].Trim().Length == 0) continue;
                var m = Link.Match(body[i]);
                if (!m.Success) { Warn(start + i + 1,
                    "RELATED LINKS holds a line that is not a [text](uri) link."); continue; }
                var uri = m.Groups["uri"].Value.Trim();
                // Links to sibling pages (Find-Paper.md) are shown by name: Get-Help finds the topic itself.
                command.Links.Add(new KeyValuePair<string, string>(m.Groups["text"].Value.Trim(),
                    Uri.IsWellFormedUriString(uri, UriKind.Absolute) ? uri : string.Empty));
            }
        }

        // The ### sections, each under its heading (no preamble, so no section without a title).
        private IEnumerable<(string Title, int Line, List<string> Body)> Headed(ArraySegment<string> body, int start)
            => Subsections(body, start, allowPreamble: false).Select(s => (s.Title ?? string.Empty, s.Line, s.Body));

        /// <summary>The ### subsections of a section: title, 1-based line, and body.</summary>

        private IEnumerable<(string? Title, int Line, List<string> Body)> Subsections(ArraySegment<string> body,
            int start, bool allowPreamble)
        {
            string? title = null;
            var titleLine = start + 1;
            var content = new List<string>();
            var inCode = false;
            for (var i = 0; i < body.Count; i++)
            {
                var line = body[i];
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inCode = !inCode;
                if (!inCode && line.StartsWith("### ", StringComparison.Ordinal))
                {
                    if (title != null || (allowPreamble
                        && content.Any(l => l.Trim().Length > 0))) yield return (title, titleLine, content);
                    else if (content.Any(l => l.Trim().Length > 0)) Warn(titleLine,
                        "text before the first ### heading is left out.");
                    title = line.Substring(4).Trim();
                    titleLine = start + i + 1;
                    content = new List<string>();
                    continue;
                }
                content.Add(line);
            }
            if (title != null || (allowPreamble && content.Any(l =>
                l.Trim().Length > 0))) yield return (title, titleLine, content);
        }

        /// <summary>Paragraphs: blank-line separated; lists, tables and code keep their lines, prose is
        /// joined.</summary>
        private IEnumerable<string> Paragraphs(IEnumerable<string> body, int firstLine)
        {
            var block = new List<string>();
            var inCode = false;
            var lineNo = firstLine;
            foreach (var raw in body.Concat(new[] { string.Empty }))
            {
                lineNo++;
                var line = raw.TrimEnd();
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }
                if (inCode)
                {
                    block.Add("    " + line);
                    continue;
                }
                if (line.Trim().Length > 0)
                {
                    if (Placeholder.IsMatch(line)) Warn(lineNo, "a {{ placeholder }} is still in the text.");
                    block.Add(line);
                    continue;
                }
                if (block.Count == 0) continue;
                yield return KeepsLines(block) ? string.Join(Environment.NewLine, block) : string.Join(" ",
                    block.Select(l => l.Trim()));
                block.Clear();
            }
        }

        private static bool KeepsLines(List<string> block)
            => block.Any(l => l.StartsWith("    ", StringComparison.Ordinal) || Regex.IsMatch(l,
                @"^\s*([-*+]|\d+\.|\|)\s"));

        private static IEnumerable<(string Language, string Code)> CodeBlocks(IEnumerable<string> body)
        {
            var language = string.Empty;
            List<string>? code = null;
            foreach (var line in body)
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("```", StringComparison.Ordinal))
                {
                    if (code == null)
                    {
                        language = trimmed.Substring(3).Trim().ToLowerInvariant();
                        code = new List<string>();
                    }
                    else
                    {
                        yield return (language, string.Join(Environment.NewLine, code).Trim('\r', '\n'));
                        code = null;
                    }
                    continue;
                }
                code?.Add(line.TrimEnd());
            }
        }

        private static List<string> WithoutCode(IEnumerable<string> body)
        {
            var prose = new List<string>();
            var inCode = false;
            foreach (var line in body)
            {
                if (line.Trim().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    prose.Add(string.Empty);
                    continue;
                }
                if (!inCode) prose.Add(line);
            }
            return prose;
        }

        private void Warn(int line, string message) => warnings.Add(file, line, message);
    }
}
