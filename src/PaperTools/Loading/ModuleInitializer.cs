using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace PaperTools.Loading;

/// <summary>
/// Runs when Import-Module loads PaperTools.dll, before any cmdlet: from then on, the default context's request
/// for PaperTools.Core (made the first time a cmdlet calls into it) is answered from PaperTools' own context.
/// Only this assembly and PaperTools.Model live in the default context; see ModuleLoadContext.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private const string CoreAssemblyName = "PaperTools.Core";

    // The module's dll is loaded from a file, so its location has a folder.
    private static readonly ModuleLoadContext Context = new ModuleLoadContext(
        Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!, "dependencies"));

    public void OnImport()
    {
        // Import-Module -Force calls OnImport again; one subscription is enough.
        AssemblyLoadContext.Default.Resolving -= ResolveCore;
        AssemblyLoadContext.Default.Resolving += ResolveCore;
    }

    public void OnRemove(PSModuleInfo module) => AssemblyLoadContext.Default.Resolving -= ResolveCore;

    private static Assembly? ResolveCore(AssemblyLoadContext requester, AssemblyName assemblyName)
        => assemblyName.Name == CoreAssemblyName ? Context.LoadFromAssemblyName(assemblyName) : null;
}
