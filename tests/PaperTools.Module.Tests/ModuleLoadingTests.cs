using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// The rules that let the module load in PowerShell 7.4+ beside any other module: PaperTools.dll and
/// PaperTools.Model.dll in the default context, Core and its libraries in PaperTools' own (see
/// src/PaperTools/Loading). Pester proves the same in a real pwsh; these catch a slip without one.
/// </summary>
public class ModuleLoadingTests
{
    private static string Dependencies => Path.Combine(ModuleFiles.ModuleFolder, "dependencies");

    [Fact]
    public void OnlyTheCmdletsAndTheModelLoadInTheDefaultContext()
    {
        var root = Directory.GetFiles(ModuleFiles.ModuleFolder, "*.dll").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "PaperTools.Model.dll", "PaperTools.dll" }, root);
    }

    [Fact]
    public void TheModelReferencesNothingButTheFramework()
    {
        // Anything else would load in the default context and meet other modules' copies there.
        var references = ReferencesOf(Path.Combine(ModuleFiles.ModuleFolder, "PaperTools.Model.dll"));
        Assert.All(references, r => Assert.True(IsFramework(r), r.Name + " is not part of .NET"));
    }

    [Fact]
    public void NoCmdletTypeNeedsCoreBeforeTheLoaderRuns()
    {
        // Import-Module loads every type of PaperTools.dll (to find cmdlets) before OnImport installs the
        // resolver, and loading a type loads the types of its value-type fields, its base types and interfaces.
        var core = typeof(PaperTools.Digests.DigestImporter).Assembly;
        var offenders = new List<string>();
        foreach (var type in ModuleFiles.CmdletAssembly.GetTypes())
        {
            var needed = type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType.IsValueType)
                .SelectMany(f => new[] { f.FieldType }.Concat(f.FieldType.GetGenericArguments()))
                .Concat(type.GetInterfaces());
            if (type.BaseType != null) needed = needed.Append(type.BaseType);
            offenders.AddRange(needed.Where(t => t.Assembly == core).Select(t => $"{type.Name} needs {t.FullName}"));
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryReferenceOfEveryShippedAssemblyIsSatisfied()
    {
        // Shipped set, then the framework of .NET 8 (PowerShell 7.4's), then the host's System.Management.Automation.
        var shipped = Directory.GetFiles(ModuleFiles.ModuleFolder, "*.dll", SearchOption.AllDirectories)
            .ToDictionary(f => AssemblyName.GetAssemblyName(f).Name, f => AssemblyName.GetAssemblyName(f).Version);
        var unmet = new List<string>();
        foreach (var file in shipped.Keys)
        {
            var path = Directory.GetFiles(ModuleFiles.ModuleFolder, file + ".dll", SearchOption.AllDirectories).Single();
            foreach (var reference in ReferencesOf(path))
            {
                if (shipped.TryGetValue(reference.Name, out var version))
                {
                    if (version < reference.Version) unmet.Add($"{file} wants {reference.Name} {reference.Version}, {version} ships");
                }
                else if (reference.Name == "System.Management.Automation") { }
                else if (!IsFramework(reference)) unmet.Add($"{file} wants {reference.Name} {reference.Version}: neither shipped nor in .NET");
                else if (reference.Name != "netstandard" && reference.Version.Major > 8) unmet.Add($"{file} wants {reference.Name} {reference.Version}: newer than .NET 8 has");
            }
        }
        Assert.Empty(unmet);
    }

    [Fact]
    public void CoreAndItsLibrariesShipInTheDependencyFolder()
    {
        foreach (var name in new[] { "PaperTools.Core", "HtmlAgilityPack" })
            Assert.True(File.Exists(Path.Combine(Dependencies, name + ".dll")), name + ".dll belongs in dependencies/");
    }

    private static AssemblyName[] ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => new AssemblyName { Name = metadata.GetString(r.Name), Version = r.Version })
            .ToArray();
    }

    private static bool IsFramework(AssemblyName reference)
        => File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), reference.Name + ".dll"));
}
