using System;
using System.IO;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Replaces a file's content all at once: the new bytes go to a temporary file in the same folder, are
    /// flushed to disk, and then take the target's place in one rename. A crash or a full disk leaves the old
    /// file as it was, never half a library.
    /// </summary>
    internal static class AtomicFile
    {
        public static void Write(string path, byte[] content)
        {
            var full = Path.GetFullPath(path);
            var temp = Path.Combine(Path.GetDirectoryName(full), "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    stream.Write(content, 0, content.Length);
                    stream.Flush(flushToDisk: true);
                }
                if (File.Exists(full)) File.Replace(temp, full, null, ignoreMetadataErrors: true);
                else File.Move(temp, full);
            }
            finally
            {
                if (File.Exists(temp)) TryDelete(temp);
            }
        }

        private static void TryDelete(string path)
        {
            try { File.Delete(path); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
