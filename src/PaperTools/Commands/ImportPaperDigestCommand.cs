using System;
using System.Collections.Generic;
using System.Management.Automation;
using PaperTools.Digests;

namespace PaperTools.Commands
{
    /// <summary>
    /// Import-PaperDigest: reads digest files of any known shape and writes one Paper per paper, as it is read.
    /// Entries that are not papers (PDF names, appendix fragments, news) are listed with -Verbose and summed
    /// up in one warning per file; -IncludeNonPaper writes them too, with IsPaper = $false.
    /// </summary>
    [Cmdlet(VerbsData.Import, "PaperDigest", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Paper))]
    public sealed class ImportPaperDigestCommand : PathCmdletBase
    {
        [Parameter]
        public DigestFormat Format { get; set; } = DigestFormat.Auto;

        /// <summary>The digest's date, for files that carry none or carry the wrong one.</summary>
        [Parameter]
        public DateTime DigestDate { get; set; }

        /// <summary>The year of digest dates written without one ("Aug 20"); by default the file's own date decides.</summary>
        [Parameter]
        [ValidateRange(1990, 2200)]
        public int Year { get; set; }

        /// <summary>The file's text encoding when it is not UTF-8/UTF-16 and has no charset of its own (windows-1252, iso-8859-1, …).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Encoding { get; set; }

        [Parameter]
        public SwitchParameter IncludeNonPaper { get; set; }

        private readonly DigestImporter importer = new DigestImporter();
        private ProgressRecord progress;
        private int filesRead;

        protected override void ProcessRecord()
        {
            var options = new DigestImportOptions
            {
                Format = Format,
                DigestDate = MyInvocation.BoundParameters.ContainsKey(nameof(DigestDate)) ? DigestDate : (DateTime?)null,
                Year = MyInvocation.BoundParameters.ContainsKey(nameof(Year)) ? Year : (int?)null,
                Encoding = Encoding,
            };
            var context = new DigestReadContext(options, WriteProblem, Cancellation);
            RunCancellable(() =>
            {
                foreach (var path in ResolveInputPaths())
                {
                    ReportProgress(path);
                    ImportFile(path, context);
                }
            });
        }

        protected override void EndProcessing()
        {
            if (progress != null)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
        }

        private void ImportFile(string path, DigestReadContext context)
        {
            var skipped = new List<Paper>();
            foreach (var paper in importer.Import(path, context))
            {
                if (paper.IsPaper || IncludeNonPaper) WriteObject(paper);
                if (!paper.IsPaper)
                {
                    skipped.Add(paper);
                    WriteVerbose($"{path}:{paper.SourceLine}: not a paper ({paper.NonPaperReason}): {Shorten(paper.Title)}");
                }
            }
            if (skipped.Count > 0 && !IncludeNonPaper)
                WriteWarning($"{path}: {skipped.Count} entr{(skipped.Count == 1 ? "y is" : "ies are")} not papers and were left out (lines {string.Join(", ", skipped.ConvertAll(p => p.SourceLine))}). -Verbose lists them; -IncludeNonPaper emits them.");
        }

        private void ReportProgress(string path)
        {
            filesRead++;
            progress = progress ?? new ProgressRecord(1, "Import-PaperDigest", "Reading digests");
            progress.StatusDescription = $"File {filesRead}: {System.IO.Path.GetFileName(path)}";
            WriteProgress(progress);
        }

        private static string Shorten(string text)
            => text == null ? string.Empty : text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }
}
