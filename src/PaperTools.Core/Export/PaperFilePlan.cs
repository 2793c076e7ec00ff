using System.Collections.Generic;

namespace PaperTools.Export
{
    /// <summary>What an export to a RIS or CSL-JSON file will do, worked out before anything is written (so -WhatIf can say it).</summary>
    public sealed class PaperFilePlan
    {
        internal PaperFilePlan(string path, string formatName, bool append, bool exists, byte[] original, byte[] content,
            List<ExportRecord> written, List<KeyValuePair<Paper, Paper>> alreadyPresent)
        {
            Path = path;
            FormatName = formatName;
            Append = append;
            Exists = exists;
            Original = original;
            Content = content;
            Written = written;
            AlreadyPresent = alreadyPresent;
        }

        public string Path { get; }
        public string FormatName { get; }
        public bool Append { get; }
        public bool Exists { get; }

        /// <summary>The target's bytes when the plan was made; null when it did not exist.</summary>
        internal byte[] Original { get; }

        /// <summary>The file's new content; null when there is nothing to write.</summary>
        internal byte[] Content { get; }

        public IReadOnlyList<ExportRecord> Written { get; }

        /// <summary>Each paper left out because the file (or an earlier paper of this call) has the same work, with that paper.</summary>
        public IReadOnlyList<KeyValuePair<Paper, Paper>> AlreadyPresent { get; }

        public bool WritesAnything => Content != null;

        /// <summary>The action, for ShouldProcess: "Append 3 RIS records (2 already present)".</summary>
        public string Action
        {
            get
            {
                var verb = Append && Exists ? "Append" : Exists ? "Replace the file with" : "Create the file with";
                var count = Written.Count == 1 ? $"1 {FormatName} record" : $"{Written.Count} {FormatName} records";
                return AlreadyPresent.Count == 0 ? $"{verb} {count}" : $"{verb} {count} ({AlreadyPresent.Count} already present)";
            }
        }
    }
}
