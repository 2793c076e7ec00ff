using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Files;

namespace PaperTools.Metadata;

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

    /// <summary>The largest entry <see cref="Store"/> writes: a reply of the fetcher's limit, all escaped
    /// (\u00XX).</summary>
    private const long MaxEntryBytes = 6 * MetadataFetcher.MaxReplyBytes + 64 * 1024;

    public ResponseCache(string folder, TimeSpan maxAge, Clock clock, Action<Problem> report)
    {
        this.folder = folder;
        this.maxAge = maxAge;
        this.clock = clock;
        this.report = report ?? (_ => { });
    }

    public string Folder => folder;

    /// <summary>Where answers are kept by default: the user's cache folder (XDG_CACHE_HOME or ~/.cache,
    /// ~/Library/Caches, %LOCALAPPDATA%).</summary>
    public static string DefaultFolder()
    {
        string? root;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) root =
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) root =
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Caches");
        else
        {
            root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(root) || !Path.IsPathRooted(root)) root =
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }
        return Path.Combine(root, "PaperTools", "metadata");
    }

    /// <summary>
    /// The kept answer to <paramref name="key"/>, when there is one younger than the age limit. Only a regular
    /// file of a size this cache could have written is read (no symlink followed: a FIFO would hang the run,
    /// /dev/zero fill the memory); anything else is a miss with a MetadataCacheEntryInvalid warning, replaced on
    /// the next store.
    /// </summary>
    public bool TryGet(MetadataService service, string key, [NotNullWhen(true)] out MetadataReply? reply)
    {
        reply = null;
        var path = PathOf(service, key);
        try
        {
            var entry = new FileInfo(path);
            if (entry.LinkTarget == null && !entry.Exists) return false;
            var refusal = Refusal(entry);
            if (refusal != null) return Invalid(path, refusal);
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                if (stream.Length > MaxEntryBytes) return Invalid(path, TooLarge(stream.Length));
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }
            using (var document = JsonDocument.Parse(bytes))
            {
                var root = document.RootElement;
                if (root.GetProperty("key").GetString() != key) return false;
                var fetched = root.GetProperty("fetched").GetDateTimeOffset();
                if (clock.Now - fetched > maxAge) return false;
                var body = root.GetProperty("body").GetString();
                if (body == null) return Invalid(path, "it holds no body");
                // Entries of earlier versions name no address; theirs was the key.
                var url = root.TryGetProperty("url", out var answeredBy) ? answeredBy.GetString() : key;
                reply = new MetadataReply(root.GetProperty("status").GetInt32(), body, url ?? key);
                return true;
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is JsonException
            || ex is InvalidOperationException || ex is FormatException || ex is KeyNotFoundException)
        {
            // The answer is asked for again and the file replaced.
            return Invalid(path, ex.Message);
        }
    }

    public void Store(MetadataService service, string key, MetadataReply reply)
    {
        if (!writable) return;
        var path = PathOf(service, key);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            // What a user looked up is theirs: folders 0700, files 0600 from creation (Windows ignores the modes).
            CreateFolder(Path.GetDirectoryName(path) ?? ".");
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temporary, create))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("key", key);
                json.WriteString("fetched", clock.Now);
                json.WriteNumber("status", reply.Status);
                json.WriteString("url", reply.Url);
                json.WriteString("body", reply.Body);
                json.WriteEndObject();
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            writable = false;
            TryDelete(temporary);
            report(new Problem(ErrorIds.MetadataCacheUnavailable, ProblemCategory.WriteError,
                $"Answers cannot be kept in the cache folder '{folder}': {ex.Message} The lookups go on; a later run " +
                    "will ask the services again. -CachePath names another folder.", folder, 0, ex));
        }
    }

    /// <summary>Why <paramref name="entry"/> is not read (lstat: its own type and size); null when it is.</summary>
    private static string? Refusal(FileInfo entry)
    {
        if (entry.LinkTarget != null)
            return $"it is a symbolic link (to '{entry.LinkTarget}'), which the cache never follows";
        var status = UnixFileStatus.Of(entry.FullName);
        if (status != null && !status.IsRegularFile) return "it is not a regular file";
        var size = (long?)status?.Size ?? entry.Length;
        return size > MaxEntryBytes ? TooLarge(size) : null;
    }

    private static string TooLarge(long size) => $"it holds {size} bytes, more than any answer kept";

    private bool Invalid(string path, string why)
    {
        report(new Problem(ErrorIds.MetadataCacheEntryInvalid, ProblemCategory.InvalidData,
            $"The cached answer '{path}' is not used: {why}. The service is asked again.", path));
        return false;
    }

    /// <summary>Creates <paramref name="path"/> and each missing folder above it 0700 (.NET: the last one
    /// only).</summary>
    private static void CreateFolder(string path)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        var parent = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(parent)) CreateFolder(parent);
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
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
