namespace PaperTools.BuildTool.Help;

/// <summary>One cmdlet's help page as platyPS markdown lays it out, ready to be written as MAML.</summary>
public sealed class CommandHelp
{
    public string? Name { get; set; }
    public string? OnlineVersion { get; set; }
    public string? Synopsis { get; set; }
    public List<string> Description { get; } = new List<string>();

    /// <summary>Parameter sets in SYNTAX order; one unnamed set when the page has no ### headings there.</summary>
    public List<SyntaxSet> Syntax { get; } = new List<SyntaxSet>();
    public List<Example> Examples { get; } = new List<Example>();
    public List<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();
    public List<TypeHelp> Inputs { get; } = new List<TypeHelp>();
    public List<TypeHelp> Outputs { get; } = new List<TypeHelp>();
    public List<string> Notes { get; } = new List<string>();
    public List<KeyValuePair<string, string>> Links { get; } = new List<KeyValuePair<string, string>>();

    public string Verb => Name is string name && name.Contains('-') ? name.Substring(0,
        name.IndexOf('-')) : Name ?? string.Empty;
    public string Noun => Name is string name && name.Contains('-')
        ? name.Substring(name.IndexOf('-') + 1) : string.Empty;
}

/// <summary>A parameter set: its name and the syntax line the page shows for it (parameters appear in that
/// order).</summary>
public sealed class SyntaxSet
{
    public string Name { get; set; } = string.Empty;
    public string Line { get; set; } = string.Empty;
}

public sealed class Example
{
    public string Title { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public List<string> Remarks { get; } = new List<string>();
}

public sealed class ParameterHelp
{
    public string Name { get; set; } = string.Empty;
    public List<string> Description { get; } = new List<string>();

    /// <summary>The yaml blocks; a parameter that binds differently in two sets has one block per set.</summary>
    public List<ParameterFacts> Facts { get; } = new List<ParameterFacts>();
}

/// <summary>One yaml block of a parameter: its type and how it binds in the sets it names.</summary>
public sealed class ParameterFacts
{
    public const string AllSets = "(All)";

    public string Type { get; set; } = "Object";
    public List<string> Sets { get; } = new List<string>();
    public string? Aliases { get; set; }
    public string? AcceptedValues { get; set; }
    public bool Required { get; set; }
    public string Position { get; set; } = "Named";
    public string DefaultValue { get; set; } = "None";
    public string PipelineInput { get; set; } = "False";
    public bool Wildcards { get; set; }

    public bool IsSwitch => Type == "SwitchParameter" || Type == "System.Management.Automation.SwitchParameter";

    public bool AppliesTo(string set) => Sets.Count == 0 || Sets.Contains(AllSets) || Sets.Contains(set);
}

public sealed class TypeHelp
{
    public string Type { get; set; } = string.Empty;
    public List<string> Description { get; } = new List<string>();
}
