using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage.Documents;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Reads the stored daily snapshots of every source, merged per day, as the history a report is built from.
/// Blobs are found by listing one prefix and downloaded side by side (bounded); a blob that cannot be trusted
/// (bad hash, bad JSON, breaks the snapshot rules) is skipped with a warning the report shows.
/// </summary>
public sealed class BlobMarketDataStore : IMarketDataStore
{
    private readonly BlobContainerClient container;
    private readonly ReportsStorageOptions options;
    private readonly ILogger logger;

    public BlobMarketDataStore(BlobServiceClient service, IOptions<ReportsStorageOptions> options, ILogger<BlobMarketDataStore>? logger = null)
    {
        this.options = options.Value;
        container = service.GetBlobContainerClient(this.options.SnapshotsContainer);
        this.logger = logger ?? NullLogger<BlobMarketDataStore>.Instance;
    }

    public string Description => $"blob: {container.AccountName}/{container.Name}";

    public Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken) => LoadAsync(through, coinCapDays: null, cancellationToken);

    public Task<MarketData> LoadForReportAsync(DateOnly? day, int coinCapDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coinCapDays, 1);
        return LoadAsync(day, coinCapDays, cancellationToken);
    }

    private async Task<MarketData> LoadAsync(DateOnly? through, int? coinCapDays, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var warnings = new ConcurrentBag<DataWarning>();
            var (dailyNames, eventNames, capNames) = await ListAsync(through, warnings, cancellationToken).ConfigureAwait(false);

            var snapshots = new ConcurrentBag<(DailySnapshot Snapshot, SnapshotLabel Label)>();
            var events = new ConcurrentBag<(MarketEvent Event, int Index)>();
            var coinCaps = new ConcurrentBag<(IReadOnlyList<CoinMarketCap> Caps, SnapshotLabel Label)>();
            IEnumerable<(string Name, Action<byte[]> Read)> CapReads(DateOnly? from) => capNames
                .Where(n => from is null || n.Day >= from)
                .Select(n => (n.Name, Read: (Action<byte[]>)(bytes => coinCaps.Add(ReadMarketCaps(n.Day, bytes)))));
            var reads = dailyNames.Select(n => (n.Name, Read: (Action<byte[]>)(bytes => snapshots.Add(ReadDaily(n.Source, n.Day, bytes)))))
                .Concat(eventNames.Select(n => (n.Name, Read: (Action<byte[]>)(bytes =>
                {
                    foreach (var (e, i) in ReadEvents(n.Day, bytes).Select((e, i) => (e, i))) events.Add((e, i));
                }))));
            // A report reads a month of per-coin caps ending on its day; without a day given, that is the last day of
            // the daily series, known once they are read.
            var capsLater = coinCapDays is not null && through is null;
            if (!capsLater)
                reads = reads.Concat(CapReads(coinCapDays is { } n && through is { } day ? FlowAttribution.FirstCapDay(day, n) : null));
            await DownloadAsync(reads, warnings, cancellationToken).ConfigureAwait(false);
            // Merged once: the days' series give the report day the caps wait for, and then the history.
            var merged = DailySnapshotMerger.Merge(snapshots.Select(s => s.Snapshot), options.SourcePriority);
            if (capsLater && merged.LastDay is { } last)
                await DownloadAsync(CapReads(FlowAttribution.FirstCapDay(last, coinCapDays!.Value)), warnings, cancellationToken).ConfigureAwait(false);

            var data = Assemble(merged, snapshots.ToList(), events.ToList(), coinCaps.ToList(), warnings, through);
            logger.LogInformation(
                "Loaded {Blobs} blobs from {Store} through {Through} in {ElapsedMs} ms: {Sources} sources, {Assets} assets, {Warnings} warnings",
                dailyNames.Count + eventNames.Count + coinCaps.Count, Description, through?.ToString("yyyy-MM-dd") ?? "the last day",
                watch.ElapsedMilliseconds, data.Sources.Count, data.Assets.Count, data.Warnings.Count);
            return data;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, "loading stored snapshots");
        }
    }

    /// <summary>Downloads the blobs side by side; one that vanished or cannot be read becomes a warning.</summary>
    private async Task DownloadAsync(IEnumerable<(string Name, Action<byte[]> Read)> reads, ConcurrentBag<DataWarning> warnings, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            reads,
            new ParallelOptions { MaxDegreeOfParallelism = options.ReadConcurrency, CancellationToken = cancellationToken },
            async (read, ct) =>
            {
                try
                {
                    var result = await BlobOperations.DownloadCheckedAsync(container.GetBlobClient(read.Name), ct).ConfigureAwait(false);
                    if (result is null) warnings.Add(new DataWarning(read.Name, null, "was deleted while the history was loading; skipped"));
                    else read.Read(result.Content.ToArray());
                }
                catch (CorruptBlobException e)
                {
                    warnings.Add(new DataWarning(read.Name, null, e.Problem + "; skipped"));
                }
                catch (UnreadableSnapshotException e)
                {
                    warnings.Add(new DataWarning(read.Name, null, e.Message + "; skipped"));
                }
            }).ConfigureAwait(false);
    }

    private async Task<(List<(string Name, string Source, DateOnly Day)> Daily, List<(string Name, DateOnly Day)> Events, List<(string Name, DateOnly Day)> Caps)> ListAsync(
        DateOnly? through, ConcurrentBag<DataWarning> warnings, CancellationToken cancellationToken)
    {
        var daily = new List<(string, string, DateOnly)>();
        var events = new List<(string, DateOnly)>();
        var caps = new List<(string, DateOnly)>();
        try
        {
            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, SnapshotBlobNames.DailyPrefix, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!SnapshotBlobNames.TryParseDaily(item.Name, out var source, out var day))
                    warnings.Add(new DataWarning(item.Name, null, "is not named daily/<source>/yyyy/MM/dd.json; ignored"));
                else if (through is null || day <= through)
                    daily.Add((item.Name, source, day));
            }

            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, SnapshotBlobNames.EventsPrefix, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!SnapshotBlobNames.TryParseEvents(item.Name, out var day))
                    warnings.Add(new DataWarning(item.Name, null, "is not named events/yyyy/MM/dd.json; ignored"));
                // Events alone reach past the report day: the calendar lists what is scheduled.
                else if (MarketEvent.LastScheduledDay(through) is not { } last || day <= last)
                    events.Add((item.Name, day));
            }

            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, SnapshotBlobNames.MarketCapsPrefix, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (!SnapshotBlobNames.TryParseMarketCaps(item.Name, out var day))
                    warnings.Add(new DataWarning(item.Name, null, "is not named marketcaps/yyyy/MM/dd.json; ignored"));
                else if (through is null || day <= through)
                    caps.Add((item.Name, day));
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing has been stored, which is an empty history, not an outage.
            return ([], [], []);
        }
        return (daily, events, caps);
    }

    private static (DailySnapshot, SnapshotLabel) ReadDaily(string source, DateOnly day, byte[] bytes)
    {
        (DailySnapshot Snapshot, SnapshotLabel Label) read;
        try
        {
            read = SnapshotDocuments.ReadDaily(bytes);
        }
        catch (JsonException e)
        {
            throw new UnreadableSnapshotException($"is not a readable daily snapshot ({e.Message})");
        }
        var problems = DailySnapshotRules.Check(read.Snapshot, source, day);
        if (problems.Count > 0)
            throw new UnreadableSnapshotException($"breaks the snapshot rules ({string.Join("; ", problems.Take(3))})");
        return read;
    }

    private static IReadOnlyList<MarketEvent> ReadEvents(DateOnly day, byte[] bytes)
    {
        try
        {
            var events = SnapshotDocuments.ReadEvents(bytes);
            return events.All(e => e.Date == day) ? events : throw new UnreadableSnapshotException("holds events of another day");
        }
        catch (JsonException e)
        {
            throw new UnreadableSnapshotException($"is not a readable events document ({e.Message})");
        }
    }

    private static (IReadOnlyList<CoinMarketCap> Caps, SnapshotLabel Label) ReadMarketCaps(DateOnly day, byte[] bytes)
    {
        try
        {
            var read = SnapshotDocuments.ReadMarketCaps(bytes);
            return read.Caps.All(c => c.Date == day) ? read : throw new UnreadableSnapshotException("holds the market caps of another day");
        }
        catch (JsonException e)
        {
            throw new UnreadableSnapshotException($"is not a readable market-caps document ({e.Message})");
        }
    }

    /// <param name="data">The snapshots merged by source priority.</param>
    private MarketData Assemble(
        MarketData data,
        IReadOnlyList<(DailySnapshot Snapshot, SnapshotLabel Label)> snapshots,
        IReadOnlyList<(MarketEvent Event, int Index)> stored,
        IReadOnlyList<(IReadOnlyList<CoinMarketCap> Caps, SnapshotLabel Label)> capDays,
        IEnumerable<DataWarning> loadWarnings,
        DateOnly? through)
    {
        // Same order on every load, whatever order the parallel downloads finished in: by day, then as stored.
        var events = stored.OrderBy(e => e.Event.Date).ThenBy(e => e.Index).Select(e => e.Event).ToList();
        var sources = new List<SourceInfo>();
        var warnings = loadWarnings.OrderBy(w => w.Source, StringComparer.Ordinal).ToList();

        foreach (var source in snapshots.GroupBy(s => s.Snapshot.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var days = source.Select(s => s.Snapshot.Day).ToList();
            var last = days.Max();
            sources.Add(new SourceInfo(
                $"{source.Key} daily snapshots",
                // The store and the blob path, not the account URL: reports must not differ between accounts.
                $"blob storage: {container.Name}/{SnapshotBlobNames.DailyPrefix}{source.Key}/",
                days.Min(),
                last,
                days.Count,
                Synthetic: source.Any(s => s.Label.Synthetic),
                Provenance: source.OrderBy(s => s.Snapshot.Day).Select(s => s.Label.Provenance).LastOrDefault(p => p is not null)));

            // A source that stopped before the report day is a gap the article has to mention.
            if (through is { } day && last < day)
                warnings.Add(new DataWarning($"{SnapshotBlobNames.DailyPrefix}{source.Key}/", null, $"has no snapshot for {day:yyyy-MM-dd}; its last stored day is {last:yyyy-MM-dd}"));
        }

        if (events.Count > 0)
        {
            sources.Add(new SourceInfo(
                "Market events",
                $"blob storage: {container.Name}/{SnapshotBlobNames.EventsPrefix}",
                events.Min(e => e.Date),
                events.Max(e => e.Date),
                events.Count));
        }

        // Same order as the data folder gives: by day, then ticker.
        var coinCaps = capDays.SelectMany(d => d.Caps).OrderBy(c => c.Date).ThenBy(c => c.Symbol, StringComparer.Ordinal).ToList();
        if (coinCaps.Count > 0)
        {
            // Labelled like the daily sources: synthetic when any day read is, with the latest day's provenance.
            sources.Add(new SourceInfo(
                MarketData.CoinCapsSourceName,
                $"blob storage: {container.Name}/{SnapshotBlobNames.MarketCapsPrefix}",
                coinCaps[0].Date,
                coinCaps[^1].Date,
                coinCaps.Count,
                Synthetic: capDays.Any(d => d.Label.Synthetic),
                Provenance: capDays.Where(d => d.Caps.Count > 0).OrderBy(d => d.Caps[0].Date).Select(d => d.Label.Provenance).LastOrDefault(p => p is not null)));
        }

        return data with
        {
            CoinCaps = coinCaps,
            Events = events,
            Sources = sources,
            Warnings = warnings,
        };
    }

    /// <summary>A downloaded blob whose content cannot be used; it becomes a warning.</summary>
    private sealed class UnreadableSnapshotException(string message) : Exception(message);
}
