using System.Globalization;
using System.Text;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// The history bootstrap's writer for a data folder: days are buffered and added to the folder's files once per chunk
/// (<see cref="FlushAsync"/>, through <see cref="DataFolderAppender"/>, whose files are replaced whole), rows already
/// in the folder win, and per-coin caps go to <c>marketcaps.csv</c> (<c>date,symbol,market_cap_usd,category</c>), a day's
/// caps once (the CLI <c>ingest</c> writes the day that just closed through it too).
/// A source's day counts as stored when the folder has that source's kind of figure for the day.
/// </summary>
public sealed partial class DataFolderHistoryWriter(string folder) : ISnapshotWriter, ICoinCapWriter, IFlushingWriter
{
    public const string MarketCapsFile = DataFolderLayout.MarketCapsFile;
    public const string MarketCapsHeader = "date,symbol,market_cap_usd,category"; // MarketCapsCsvParser.Header

    private readonly List<DailySnapshot> pending = [];
    private readonly List<CoinMarketCap> pendingCaps = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private MarketData? existing;
    private string? estimateLabel;
    private string? estimateSource;

    public string Description => folder;

    public async Task<bool> HasSnapshotAsync(string source, DateOnly day, CancellationToken cancellationToken)
    {
        var data = await LoadAsync(cancellationToken).ConfigureAwait(false);
        lock (pending)
        {
            if (pending.Any(s => s.Source == source && s.Day == day)) return true;
        }
        return source switch
        {
            "binance" => data.Assets.Any(a => a.Daily.Any(c => c.Day == day)),
            "stooq" => data.CrossMarkets.Any(m => m.Daily.Any(c => c.Day == day)),
            _ => data.Global.Any(p => p.Date == day),
        };
    }

    public Task<StoreOutcome> WriteAsync(SourceFetch fetch, SnapshotLabel label, CancellationToken cancellationToken)
    {
        var problems = DailySnapshotRules.Check(fetch.Snapshot, fetch.Snapshot.Source, fetch.Snapshot.Day);
        if (problems.Count > 0)
            throw new ArgumentException($"The {fetch.Snapshot.Source} snapshot of {fetch.Snapshot.Day:yyyy-MM-dd} was not stored: {string.Join("; ", problems)}", nameof(fetch));
        lock (pending)
        {
            pending.Add(fetch.Snapshot);
            if (Estimates.IsEstimate(fetch.Snapshot.Source) && label.Provenance is not null)
            {
                estimateSource = fetch.Snapshot.Source;
                estimateLabel = label.Provenance.StartsWith("estimated: ", StringComparison.Ordinal) ? label.Provenance["estimated: ".Length..] : label.Provenance;
            }
        }
        return Task.FromResult(StoreOutcome.Stored);
    }

    public Task<StoreOutcome> WriteEventsAsync(DateOnly day, IReadOnlyList<MarketEvent> events, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The history bootstrap stores no events.");

    public async Task<bool> HasCapsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (pendingCaps)
        {
            if (pendingCaps.Any(c => c.Date == day)) return true;
        }
        return (await ReadCapRowsAsync(cancellationToken).ConfigureAwait(false)).Keys.Any(k => k.Day == day);
    }

    /// <remarks>The label is not written: caps reach a folder only from providers (observed); provenance.csv labels the file.</remarks>
    public Task<StoreOutcome> WriteAsync(DateOnly day, IReadOnlyList<CoinMarketCap> caps, SnapshotLabel label, CancellationToken cancellationToken)
    {
        lock (pendingCaps) pendingCaps.AddRange(caps);
        return Task.FromResult(StoreOutcome.Stored);
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<DailySnapshot> snapshots;
            List<CoinMarketCap> caps;
            lock (pending) { snapshots = [.. pending]; pending.Clear(); }
            lock (pendingCaps) { caps = [.. pendingCaps]; pendingCaps.Clear(); }
            if (snapshots.Count > 0)
            {
                using (var writer = new DataFolderSnapshotWriter(folder))
                    await writer.AppendAsync(snapshots, cancellationToken).ConfigureAwait(false);
                existing = await new DataFolderStore(folder).LoadAsync(null, cancellationToken).ConfigureAwait(false);
                if (snapshots.Any(s => Estimates.IsEstimate(s.Source)))
                    await LabelEstimatesAsync(snapshots.Where(s => Estimates.IsEstimate(s.Source)).Select(s => s.Day).ToList(), cancellationToken).ConfigureAwait(false);
            }
            if (caps.Count > 0)
                await AppendCapsAsync(caps, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// global.csv has no source column, so provenance.csv says which of its days are estimated (the sources appendix
    /// shows it). Other files keep their rules.
    /// </summary>
    private async Task LabelEstimatesAsync(IReadOnlyList<DateOnly> days, CancellationToken cancellationToken)
    {
        var global = existing!.Sources.FirstOrDefault(s => s.Origin.Equals(DataFolderLayout.GlobalFile, StringComparison.OrdinalIgnoreCase));
        var earlier = global?.Provenance is { } p && p.Contains(" are estimated", StringComparison.Ordinal) ? p : null;
        var from = days.Min();
        var to = days.Max();
        if (earlier is not null && EstimatedRange().Match(earlier) is { Success: true } m)
        {
            from = DateOnly.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture) < from ? DateOnly.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture) : from;
            to = DateOnly.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) > to ? DateOnly.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : to;
        }
        var rules = existing.Sources
            .Where(s => s != global && (s.Provenance is not null || s.Synthetic))
            .Select(s => new ProvenanceRule(s.Origin, s.Provenance, s.Synthetic))
            .Append(new ProvenanceRule(DataFolderLayout.GlobalFile,
                $"days {from:yyyy-MM-dd}..{to:yyyy-MM-dd} are estimated ({estimateSource}): {estimateLabel}", Synthetic: false))
            .ToList();
        await new DataFolderWriter(folder).WriteProvenanceAsync(rules, cancellationToken).ConfigureAwait(false);
        existing = await new DataFolderStore(folder).LoadAsync(null, cancellationToken).ConfigureAwait(false);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^days (?<from>\d{4}-\d{2}-\d{2})\.\.(?<to>\d{4}-\d{2}-\d{2}) are estimated")]
    private static partial System.Text.RegularExpressions.Regex EstimatedRange();

    private async Task<MarketData> LoadAsync(CancellationToken cancellationToken)
    {
        if (existing is { } loaded) return loaded;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return existing ??= DataFolderSnapshotWriter.HasSeries(folder)
                ? await new DataFolderStore(folder).LoadAsync(null, cancellationToken).ConfigureAwait(false)
                : MarketData.Empty;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Adds the days not in the file yet (a day already there keeps its rows: create-once per day, as the blobs);
    /// the file is replaced whole (temporary file, then move).
    /// </summary>
    private async Task AppendCapsAsync(IReadOnlyList<CoinMarketCap> caps, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, MarketCapsFile);
        var rows = await ReadCapRowsAsync(cancellationToken).ConfigureAwait(false);
        var stored = rows.Keys.Select(k => k.Day).ToHashSet();
        foreach (var cap in caps.Where(c => !stored.Contains(c.Date)))
        {
            rows.TryAdd((cap.Date, cap.Symbol), string.Join(',',
                cap.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cap.Symbol,
                cap.MarketCapUsd.ToString("0.##", CultureInfo.InvariantCulture), cap.Category == CoinCategory.Stablecoin ? "stablecoin" : "other"));
        }
        Directory.CreateDirectory(folder);
        var temporary = path + ".tmp";
        var text = new StringBuilder(MarketCapsHeader).Append('\n');
        foreach (var row in rows.Values) text.Append(row).Append('\n');
        await File.WriteAllTextAsync(temporary, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The rows of marketcaps.csv by (date, symbol), as they are; empty without the file.</summary>
    private async Task<SortedDictionary<(DateOnly Day, string Symbol), string>> ReadCapRowsAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, MarketCapsFile);
        var rows = new SortedDictionary<(DateOnly Day, string Symbol), string>();
        if (!File.Exists(path)) return rows;
        foreach (var line in (await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false)).Skip(1).Where(l => l.Length > 0))
        {
            var parts = line.Split(',');
            if (parts.Length == 4 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                rows.TryAdd((date, parts[1]), line);
        }
        return rows;
    }
}
