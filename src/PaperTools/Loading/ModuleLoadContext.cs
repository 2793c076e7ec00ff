using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace PaperTools.Loading;

/// <summary>
/// PaperTools' own load context: PaperTools.Core and the libraries it uses (HtmlAgilityPack) load from the
/// module's dependencies/ folder into this context, so a copy of the same library that another module has
/// already loaded (an older HtmlAgilityPack, say) is never the one PaperTools gets, and ours never breaks theirs.
/// </summary>
internal sealed class ModuleLoadContext : AssemblyLoadContext
{
    private readonly string dependencyFolder;

    public ModuleLoadContext(string dependencyFolder) : base("PaperTools", isCollectible: false)
        => this.dependencyFolder = dependencyFolder;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // The model is shared with the cmdlets and with scripts ([PaperTools.Paper]): one copy, the default context's.
        var model = typeof(Paper).Assembly;
        if (AssemblyName.ReferenceMatchesDefinition(model.GetName(), assemblyName)) return model;

        var path = Path.Combine(dependencyFolder, assemblyName.Name + ".dll");
        // Anything not shipped in dependencies/ (the framework, System.Management.Automation) is the host's.
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
