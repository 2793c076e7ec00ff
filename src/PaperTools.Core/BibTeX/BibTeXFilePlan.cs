using System.Collections.Generic;

namespace PaperTools.BibTeX
{
    /// <summary>What an export to a file will do, worked out before anything is written (so -WhatIf can say it).</summary>
    public sealed class BibTeXFilePlan
    {
        internal BibTeXFilePlan(string path, string target, bool append, bool exists, byte[] original, byte[] content, byte[] added,
            List<KeyValuePair<Paper, BibTeXEntry>> written, List<KeyValuePair<Paper, Paper>> alreadyPresent, List<Paper> papers)
        {
            Path = path;
            Target = target;
            Append = append;
            Exists = exists;
            Original = original;
            Content = content;
            Added = added;
            Written = written;
            AlreadyPresent = alreadyPresent;
            Papers = papers;
        }

        /// <summary>The path as given.</summary>
        public string Path { get; }

        /// <summary>The file written: <see cref="Path"/> with every symlink followed.</summary>
        public string Target { get; }

        public bool Append { get; }
        public bool Exists { get; }

        /// <summary>The target's bytes when the plan was made; null when it did not exist.</summary>
        internal byte[] Original { get; }

        /// <summary>The file's new content; null when there is nothing to write (every paper already present).</summary>
        internal byte[] Content { get; }

        /// <summary>When appending to an existing file, the bytes added after <see cref="Original"/>; otherwise null.</summary>
        internal byte[] Added { get; }

        /// <summary>The papers the plan was made for, so it can be made again if the file changes before it is written.</summary>
        internal IReadOnlyList<Paper> Papers { get; }

        /// <summary>Each paper to be written, with its entry.</summary>
        public IReadOnlyList<KeyValuePair<Paper, BibTeXEntry>> Written { get; }

        /// <summary>Each paper left out because the file (or an earlier paper of this call) has the same work, with that paper.</summary>
        public IReadOnlyList<KeyValuePair<Paper, Paper>> AlreadyPresent { get; }

        public bool WritesAnything => Content != null;

        /// <summary>The action, for ShouldProcess: "Append 3 BibTeX entries (2 already present)".</summary>
        public string Action
        {
            get
            {
                var verb = Append && Exists ? "Append" : Exists ? "Replace the file with" : "Create the file with";
                var count = Written.Count == 1 ? "1 BibTeX entry" : $"{Written.Count} BibTeX entries";
                return AlreadyPresent.Count == 0 ? $"{verb} {count}" : $"{verb} {count} ({AlreadyPresent.Count} already present)";
            }
        }
    }
}
