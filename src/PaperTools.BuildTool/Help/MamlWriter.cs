using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace PaperTools.BuildTool.Help;

/// <summary>
/// Writes command help as MAML, the XML Get-Help reads for compiled cmdlets (PaperTools.dll-Help.xml beside the
/// module's en-US folder), in the shape platyPS's New-ExternalHelp gives it: details, description, one syntax
/// item per parameter set, parameters, inputs, outputs, notes, examples, related links.
/// </summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static void Write(IEnumerable<CommandHelp> commands, string path)
    {
        var root = new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml), new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
            commands.Select(ToCommand));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(path, settings)) new XDocument(root).Save(writer);
    }

    private static XElement ToCommand(CommandHelp command)
        => new XElement(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", command.Name),
                new XElement(Command + "verb", command.Verb),
                new XElement(Command + "noun", command.Noun),
                Description(new[] { command.Synopsis ?? string.Empty })),
            Description(command.Description),
            new XElement(Command + "syntax", command.Syntax.Select(set => SyntaxItem(command, set))),
            new XElement(Command + "parameters", command.Parameters.Select(p => Parameter(p, p.Facts[0],
                p.Facts.SelectMany(f => f.Sets).Distinct()))),
            new XElement(Command + "inputTypes", command.Inputs.Select(t => TypeEntry(Command + "inputType", t))),
            new XElement(Command + "returnValues", command.Outputs.Select(t => TypeEntry(Command + "returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(command.Notes))),
            new XElement(Command + "examples", command.Examples.Select((e, i) => Example(e))),
            new XElement(Command + "relatedLinks", command.Links.Select(l =>
                new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", l.Key),
                    new XElement(Maml + "uri", l.Value)))));

    // A set lists the parameters that apply to it, in the order its syntax line names them.
    private static XElement SyntaxItem(CommandHelp command, SyntaxSet set)
    {
        var applying = command.Parameters
            .SelectMany(p => p.Facts.Where(f => f.AppliesTo(set.Name)).Take(1).Select(f => (Parameter: p, Facts: f)))
            .OrderBy(x => IndexIn(set.Line, x.Parameter.Name))
            .Select(x => Parameter(x.Parameter, x.Facts, null, inSyntax: true));
        return new XElement(Command + "syntaxItem", new XElement(Maml + "name", command.Name), applying);
    }

    private static int IndexIn(string line, string parameter)
    {
        var m = Regex.Match(line ?? string.Empty, @"-" + Regex.Escape(parameter) + @"\b");
        return m.Success ? m.Index : int.MaxValue;
    }

    private static XElement Parameter(ParameterHelp parameter, ParameterFacts facts, IEnumerable<string>? sets,
        bool inSyntax = false)
    {
        var element = new XElement(Command + "parameter",
            new XAttribute("required", facts.Required ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", facts.Wildcards ? "true" : "false"),
            new XAttribute("pipelineInput", facts.PipelineInput),
            new XAttribute("position", facts.Position.Equals("Named", StringComparison.OrdinalIgnoreCase)
                ? "named" : facts.Position),
            new XAttribute("aliases", string.IsNullOrWhiteSpace(facts.Aliases) ? "none" : facts.Aliases),
            new XElement(Maml + "name", parameter.Name),
            Description(parameter.Description));
        var accepted = (facts.AcceptedValues ?? string.Empty).Split(',').Select(v => v.Trim()).Where(v =>
            v.Length > 0).ToArray();
        if (inSyntax && accepted.Length > 0)
            element.Add(new XElement(Command + "parameterValueGroup", accepted.Select(v =>
                new XElement(Command + "parameterValue", new XAttribute("required", "false"),
                    new XAttribute("variableLength", "false"), v))));
        else if (!facts.IsSwitch || !inSyntax)
            element.Add(new XElement(Command + "parameterValue", new XAttribute("required", facts.IsSwitch ? "false"
                : "true"), new XAttribute("variableLength", "false"), ShortType(facts.Type)));
        element.Add(new XElement(Dev + "type", new XElement(Maml + "name", facts.Type), new XElement(Maml + "uri")));
        element.Add(new XElement(Dev + "defaultValue", facts.DefaultValue));
        return element;
    }

    private static string ShortType(string type) => type.Contains('.') && !type.EndsWith(".", StringComparison.Ordinal)
        ? type.Substring(type.LastIndexOf('.') + 1) : type;

    private static XElement TypeEntry(XName name, TypeHelp type)
        => new XElement(name, new XElement(Dev + "type", new XElement(Maml + "name", type.Type)),
            Description(type.Description));

    private static XElement Example(Example example)
        => new XElement(Command + "example",
            new XElement(Maml + "title", $"--------- {example.Title} ---------"),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", Paras(example.Remarks.Append(string.Empty))));

    private static XElement Description(IEnumerable<string> paragraphs) => new XElement(Maml
        + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) => paragraphs.Select(p =>
        new XElement(Maml + "para", p));
}
