using System.Collections.Generic;
using System.Management.Automation;
using PaperTools.Diagnostics;

namespace PaperTools.Commands
{
    /// <summary>
    /// -Path (wildcards, by value from the pipeline) and -LiteralPath (alias PSPath, by property name), so that
    /// both `Import-PaperDigest *.txt` and `Get-ChildItem -File | Import-PaperDigest` work. Paths resolve
    /// through the session (relative to $PWD, any FileSystem drive); other providers are a named error.
    /// </summary>
    public abstract class PathCmdletBase : PaperToolsCmdlet
    {
        protected const string PathSet = "Path";
        protected const string LiteralPathSet = "LiteralPath";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; }

        /// <summary>The file-system paths the bound parameter names; writes an error for each one that names none.</summary>
        protected IEnumerable<string> ResolveInputPaths()
        {
            var literal = ParameterSetName == LiteralPathSet;
            foreach (var input in literal ? LiteralPath : Path)
            {
                foreach (var resolved in literal ? ResolveLiteral(input) : ResolveWildcard(input))
                    yield return resolved;
            }
        }

        private IEnumerable<string> ResolveLiteral(string input)
        {
            var path = ResolveLiteralFileSystemPath(input, out var problem);
            if (path == null) WriteProblem(problem);
            else yield return path;
        }

        private IEnumerable<string> ResolveWildcard(string input)
        {
            System.Collections.ObjectModel.Collection<string> paths;
            ProviderInfo provider;
            try { paths = SessionState.Path.GetResolvedProviderPathFromPSPath(input, out provider); }
            catch (System.Exception ex) when (ex is ItemNotFoundException || ex is DriveNotFoundException || ex is ProviderNotFoundException)
            {
                WriteProblem(PathNotFound(input, ex));
                yield break;
            }
            if (!IsFileSystem(provider))
            {
                WriteProblem(NotFileSystem(input, provider));
                yield break;
            }
            if (paths.Count == 0) WriteProblem(PathNotFound(input, null));
            foreach (var path in paths) yield return path;
        }
    }
}
