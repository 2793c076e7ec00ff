using System;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace PaperTools.Benchmarks;

/// <summary>
/// PowerShell 7.6 hosted in this process (Microsoft.PowerShell.SDK), one runspace for every PowerShell scenario, with
/// the BUILT module folder output/PaperTools imported, so the cmdlets run in the module's own load context exactly as
/// they do for a user. The benchmark references PaperTools.Core without copying it (Private="false"), so this program's
/// own Core calls resolve through the module's loader too: one Core, the shipped one, in context "PaperTools".
/// </summary>
internal sealed class HostedPowerShell : IDisposable
{
    private readonly Runspace runspace;

    private HostedPowerShell(Runspace runspace, string moduleFolder)
    {
        this.runspace = runspace;
        ModuleFolder = moduleFolder;
    }

    public string ModuleFolder { get; }

    public static HostedPowerShell Start(string moduleFolder)
    {
        var manifest = Path.Combine(moduleFolder, "PaperTools.psd1");
        if (!File.Exists(manifest)) throw new FileNotFoundException($"No built module at {moduleFolder}: run `dotnet build PaperTools.sln` first.", manifest);
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        var host = new HostedPowerShell(runspace, moduleFolder);
        host.Invoke("Import-Module -Name $args[0] -ErrorAction Stop", manifest);
        return host;
    }

    /// <summary>Sets a variable in the runspace ($papers, $path) for the scripts that follow.</summary>
    public void Set(string name, object value) => runspace.SessionStateProxy.SetVariable(name, value);

    public object Get(string name) => runspace.SessionStateProxy.GetVariable(name);

    /// <summary>Runs a script (arguments as $args); any error record is a failed scenario, not a figure.</summary>
    public Collection<PSObject> Invoke(string script, params object[] arguments)
    {
        using var shell = PowerShell.Create(runspace);
        shell.AddScript(script);
        foreach (var argument in arguments) shell.AddArgument(argument);
        var output = shell.Invoke();
        if (shell.Streams.Error.Count > 0)
            throw new InvalidOperationException($"PowerShell reported an error in `{script}`: {shell.Streams.Error[0]} ({shell.Streams.Error[0].FullyQualifiedErrorId})");
        return output;
    }

    /// <summary>The one value a script returns (a count from Measure-Object), as T.</summary>
    public T Scalar<T>(string script, params object[] arguments) => LanguagePrimitives.ConvertTo<T>(Invoke(script, arguments).Last());

    /// <summary>Where the module's Core loaded from, and in which load context: the proof the measured module is the built one.</summary>
    public static string DescribeCore(Type coreType)
    {
        var assembly = coreType.Assembly;
        var context = AssemblyLoadContext.GetLoadContext(assembly);
        var code = IsReadyToRun(assembly) ? "ReadyToRun" : "IL only";
        return $"{assembly.GetName().Name} ({code}) from {assembly.Location} in load context '{context?.Name}'";
    }

    /// <summary>Whether the file carries code compiled ahead of time, as a Release build lays Core out.</summary>
    public static bool IsReadyToRun(Assembly assembly)
    {
        using var image = new PEReader(File.OpenRead(assembly.Location));
        return image.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    public void Dispose() => runspace.Dispose();
}
