using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Collections.Generic;
using System.Text.Json;
using PaperTools.Diagnostics;

namespace PaperTools.Metadata
{
    /// <summary>
    /// Service answers on disk, one file per request, named by a hash of the request (address without the contact
    /// e-mail, which does not change the answer). An answer older than the age limit counts as absent. Only answers
    /// that were read successfully are kept, so a damaged reply is asked for again next time. Files are written to a
    /// temporary name and renamed, so a run stopped half-way never leaves half a file for the next run to trust.
    /// </summary>
    public sealed class ResponseCache
    {
        private readonly string folder;
        private readonly TimeSpan maxAge;
        private readonly Clock clock;
        private readonly Action<Problem> report;
        private bool writable = true;

        public ResponseCache(string folder, TimeSpan maxAge, Clock clock, Action<Problem> report)
        {
            this.folder = folder;
            this.maxAge = maxAge;
            this.clock = clock;
            this.report = report ?? (_ => { });
        }

        public string Folder => folder;

        /// <summary>Where answers are kept by default: the user's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%).</summary>
        public static string DefaultFolder()
        {
            string root;
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Caches");
            else
            {
                root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
                if (string.IsNullOrEmpty(root) || !Path.IsPathRooted(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            }
            return Path.Combine(root, "PaperTools", "metadata");
        }

        /// <summary>The kept answer to <paramref name="key"/>, when there is one younger than the age limit.</summary>
        public bool TryGet(MetadataService service, string key, out int status, out string body)
        {
            status = 0;
            body = null;
            var path = PathOf(service, key);
            try
            {
                if (!File.Exists(path)) return false;
                using (var document = JsonDocument.Parse(File.ReadAllBytes(path)))
                {
                    var root = document.RootElement;
                    if (root.GetProperty("key").GetString() != key) return false;
                    var fetched = root.GetProperty("fetched").GetDateTimeOffset();
                    if (clock.Now - fetched > maxAge) return false;
                    status = root.GetProperty("status").GetInt32();
                    body = root.GetProperty("body").GetString();
                    return body != null;
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is JsonException || ex is InvalidOperationException || ex is FormatException || ex is KeyNotFoundException)
            {
                return false; // an unreadable entry is no entry; the answer is asked for again and the file replaced
            }
        }

        public void Store(MetadataService service, string key, int status, string body)
        {
            if (!writable) return;
            var path = PathOf(service, key);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path));
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                using (var json = new Utf8JsonWriter(stream))
                {
                    json.WriteStartObject();
                    json.WriteString("key", key);
                    json.WriteString("fetched", clock.Now);
                    json.WriteNumber("status", status);
                    json.WriteString("body", body);
                    json.WriteEndObject();
                }
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                writable = false;
                TryDelete(temporary);
                report(new Problem(ErrorIds.MetadataCacheUnavailable, ProblemCategory.WriteError,
                    $"Answers cannot be kept in the cache folder '{folder}': {ex.Message} The lookups go on; a later run will ask the services again. -CachePath names another folder.", folder, 0, ex));
            }
        }

        private string PathOf(MetadataService service, string key)
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
            return Path.Combine(folder, service.ToString().ToLowerInvariant(), hash.Substring(0, 2), hash + ".json");
        }

        private static void TryDelete(string path)
        {
            try { File.Delete(path); }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException) { }
        }
    }
}
