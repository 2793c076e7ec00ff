using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PaperTools.Benchmarks;

/// <summary>One measured pair: PaperTools' side and its peer, timed back to back in the same run.</summary>
internal sealed class ResultRow
{
    public string Scenario { get; init; }
    public string Size { get; init; }
    public Measurement Ours { get; init; }
    public string PeerLabel { get; init; }
    public Measurement Peer { get; init; }

    /// <summary>What the ratio must reach, or null when the row only informs.</summary>
    public double? Target { get; init; }

    /// <summary>Why the peer has no figure (a tool that is not installed), shown instead of one.</summary>
    public string PeerMissing { get; init; }

    /// <summary>Peer time over ours: above 1, PaperTools is faster.</summary>
    public double? Ratio => Peer == null || Ours == null ? null : Peer.Time.TotalMilliseconds / Math.Max(Ours.Time.TotalMilliseconds, 0.0001);

    public string Verdict => Target == null || Ratio == null ? string.Empty : Ratio >= Target ? "met" : "MISSED";
}

/// <summary>
/// The benchmark's one table: scenario | size | PaperTools | peer | ratio | peak memory. Rows print as they are
/// measured, so a long run shows progress; the whole table prints again at the end as Markdown for the README.
/// </summary>
internal sealed class ResultTable
{
    private readonly List<ResultRow> rows = new List<ResultRow>();
    private readonly List<string> notes = new List<string>();

    public void Add(ResultRow row)
    {
        rows.Add(row);
        Console.WriteLine($"  {row.Scenario} [{row.Size}]: {Show(row.Ours)} | {row.PeerLabel} {(row.PeerMissing ?? Show(row.Peer))} | {RatioText(row)} | {MemoryText(row)}");
    }

    /// <summary>A line under the table: match counts, what a figure means, the load the run saw.</summary>
    public void Note(string note)
    {
        notes.Add(note);
        Console.WriteLine("    " + note);
    }

    public void Print(string heading)
    {
        var text = new StringBuilder();
        text.AppendLine().AppendLine(heading).AppendLine();
        text.AppendLine("| scenario | size | PaperTools | peer | ratio | peak memory |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in rows)
            text.AppendLine($"| {Escape(row.Scenario)} | {row.Size} | {Show(row.Ours)} | {Escape(row.PeerLabel)}: {row.PeerMissing ?? Show(row.Peer)} | {RatioText(row)} | {MemoryText(row)} |");
        if (notes.Count > 0) text.AppendLine();
        foreach (var note in notes) text.AppendLine("- " + note);
        Console.Write(text.ToString());
    }

    private static string RatioText(ResultRow row)
    {
        if (row.Ratio == null) return "n/a";
        var ratio = row.Ratio.Value.ToString(row.Ratio < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "x";
        return row.Target == null ? ratio : $"**{ratio}** (target {row.Target.Value.ToString("0.##", CultureInfo.InvariantCulture)}x: {row.Verdict})";
    }

    private static string MemoryText(ResultRow row)
    {
        if (row.Ours?.PeakMemory == null && row.Peer?.PeakMemory == null) return "";
        return $"{Megabytes(row.Ours)} / {Megabytes(row.Peer)}";
    }

    private static string Megabytes(Measurement m) => m?.PeakMemory == null ? "-" : m.PeakMemory.ToString();

    public static string Show(Measurement m) => m == null ? "-" : Show(m.Time);

    public static string Show(TimeSpan time)
        => time.TotalSeconds >= 1 ? time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
         : time.TotalMilliseconds >= 1 ? time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms"
         : (time.TotalMilliseconds * 1000).ToString("0", CultureInfo.InvariantCulture) + " µs";

    private static string Escape(string text) => text.Replace("|", "\\|");
}
