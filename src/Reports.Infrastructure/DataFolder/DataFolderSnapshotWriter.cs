using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// A data folder as the place ingested days are kept (the CLI's <c>ingest --out</c>), so the CLI runs the same
/// <c>IngestDay</c> use case as the function app and <see cref="DailySnapshotRules"/> guard both. Each write merges
/// one day into the folder's files (created if needed); rows already in the folder win over new ones, so a re-run or
/// a worse second fetch never replaces good data.
/// </summary>
/// <remarks>
/// The folder does not record which source gave a row, so <see cref="HasSnapshotAsync"/> is always false and a
/// re-run asks the providers again (harmless: existing rows win). Raw responses are not kept. Writes are serialised:
/// each one reads, merges and rewrites the folder's files.
/// </remarks>
public sealed class DataFolderSnapshotWriter(string folder) : ISnapshotWriter, IDisposable
{
    private const string FolderSource = "folder";
    private readonly SemaphoreSlim oneWriter = new(1, 1);

    public string Description => $"data folder {folder}";

    public Task<bool> HasSnapshotAsync(string source, DateOnly day, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <exception cref="ArgumentException">The snapshot breaks <see cref="DailySnapshotRules"/>; nothing was written.</exception>
    /// <exception cref="StoreUnavailableException">The folder could not be written; files are replaced whole, never half-written.</exception>
    public async Task<StoreOutcome> WriteAsync(SourceFetch fetch, SnapshotLabel label, CancellationToken cancellationToken)
    {
        var snapshot = fetch.Snapshot;
        var problems = DailySnapshotRules.Check(snapshot, snapshot.Source, snapshot.Day);
        if (problems.Count > 0)
            throw new ArgumentException($"{snapshot.Source} {snapshot.Day:yyyy-MM-dd} was not written: {string.Join("; ", problems)}", nameof(fetch));

        return await ExclusiveAsync(async existing =>
        {
            var all = DailySnapshotSplitter.Split(existing, FolderSource).Append(snapshot);
            var merged = DailySnapshotMerger.Merge(all, [FolderSource, snapshot.Source]) with { Events = existing.Events };
            await new DataFolderWriter(folder).WriteAsync(merged, cancellationToken).ConfigureAwait(false);
            return StoreOutcome.Stored;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Merges many checked days into the folder in one rewrite (the history bootstrap's batches); rows already in the
    /// folder win, as in <see cref="WriteAsync"/>.
    /// </summary>
    public Task<StoreOutcome> AppendAsync(IReadOnlyList<DailySnapshot> snapshots, CancellationToken cancellationToken) =>
        ExclusiveAsync(async existing =>
        {
            var all = DailySnapshotSplitter.Split(existing, FolderSource).Concat(snapshots);
            var priority = new[] { FolderSource }.Concat(snapshots.Select(s => s.Source).Distinct()).ToList();
            var merged = DailySnapshotMerger.Merge(all, priority) with { Events = existing.Events };
            await new DataFolderWriter(folder).WriteAsync(merged, cancellationToken).ConfigureAwait(false);
            return StoreOutcome.Stored;
        }, cancellationToken);

    /// <summary>Adds the day's events to events.csv unless the folder already has events on that day.</summary>
    public Task<StoreOutcome> WriteEventsAsync(DateOnly day, IReadOnlyList<MarketEvent> events, CancellationToken cancellationToken) =>
        ExclusiveAsync(async existing =>
        {
            if (events.Count == 0 || existing.Events.Any(e => e.Date == day)) return StoreOutcome.AlreadyStored;
            var all = existing.Events.Concat(events).OrderBy(e => e.Date).ToList();
            await new DataFolderWriter(folder).WriteEventsAsync(all, cancellationToken).ConfigureAwait(false);
            return StoreOutcome.Stored;
        }, cancellationToken);

    public void Dispose() => oneWriter.Dispose();

    /// <summary>
    /// The folder has a file besides marketcaps.csv. Caps alone are no data folder yet (the store refuses it): the
    /// ingest may have stored the day's caps while every source failed.
    /// </summary>
    internal static bool HasSeries(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories)
            .Any(f => !Path.GetFileName(f).Equals(DataFolderLayout.MarketCapsFile, StringComparison.OrdinalIgnoreCase));

    private async Task<StoreOutcome> ExclusiveAsync(Func<MarketData, Task<StoreOutcome>> write, CancellationToken cancellationToken)
    {
        await oneWriter.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existing = HasSeries(folder)
                ? await new DataFolderStore(folder).LoadAsync(null, cancellationToken).ConfigureAwait(false)
                : MarketData.Empty;
            return await write(existing).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The data folder {folder} could not be written: {e.Message}", e);
        }
        finally
        {
            oneWriter.Release();
        }
    }
}
