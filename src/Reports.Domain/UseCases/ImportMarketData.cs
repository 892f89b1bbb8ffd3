using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Seeds a snapshot store from history loaded elsewhere (e.g. a data folder): one stored snapshot per day under one
/// source name, plus the events and, when the store keeps them (<paramref name="coinCaps"/>), the per-coin caps.
/// Everything is checked before the first write; days already stored are left alone.
/// </summary>
public sealed class ImportMarketData(ISnapshotWriter writer, ICoinCapWriter? coinCaps = null)
{
    private const int ParallelWrites = 8;

    /// <param name="source">Storage name for the imported days, e.g. "import" (lower-case letters, digits, hyphens).</param>
    /// <exception cref="ArgumentException">The source name is unusable.</exception>
    /// <exception cref="MarketDataException">Some day breaks the snapshot rules; nothing was written.</exception>
    /// <exception cref="StoreUnavailableException">The store failed part-way; days written so far are whole, and a re-run finishes the rest.</exception>
    public async Task<ImportResult> RunAsync(MarketData data, string source, CancellationToken cancellationToken)
    {
        if (!DailySnapshotRules.IsValidSourceName(source))
            throw new ArgumentException($"'{source}' is not a usable source name (1-40 lower-case letters, digits or hyphens).", nameof(source));

        var snapshots = DailySnapshotSplitter.Split(data, source);
        var problems = snapshots
            .SelectMany(s => DailySnapshotRules.Check(s, source, s.Day).Select(p => $"{s.Day:yyyy-MM-dd}: {p}"))
            .ToList();
        if (problems.Count > 0)
            throw new MarketDataException($"Nothing imported: {problems.Count} problems, first: {string.Join("; ", problems.Take(5))}");

        var label = LabelOf(data.Sources);
        var stored = 0;
        await Parallel.ForEachAsync(
            snapshots,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (snapshot, ct) =>
            {
                var outcome = await writer.WriteAsync(new SourceFetch(snapshot, []), label, ct).ConfigureAwait(false);
                if (outcome == StoreOutcome.Stored) Interlocked.Increment(ref stored);
            }).ConfigureAwait(false);

        var eventDays = 0;
        foreach (var day in data.Events.GroupBy(e => e.Date).OrderBy(g => g.Key))
        {
            if (await writer.WriteEventsAsync(day.Key, day.ToList(), cancellationToken).ConfigureAwait(false) == StoreOutcome.Stored)
                eventDays++;
        }

        var capDays = 0;
        if (coinCaps is not null)
        {
            // The caps keep their own file's label (the samples' caps are generated even where other files are real).
            var capsLabel = LabelOf([.. data.Sources.Where(s => s.Name == MarketData.CoinCapsSourceName)]);
            await Parallel.ForEachAsync(
                data.CoinCaps.GroupBy(c => c.Date),
                new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
                async (day, ct) =>
                {
                    if (await coinCaps.WriteAsync(day.Key, day.ToList(), capsLabel, ct).ConfigureAwait(false) == StoreOutcome.Stored)
                        Interlocked.Increment(ref capDays);
                }).ConfigureAwait(false);
        }

        return new ImportResult(source, snapshots.Count, stored, snapshots.Count - stored, eventDays, label) { CoinCapDays = capDays };
    }

    /// <summary>
    /// One label for the whole import: every provenance named, and synthetic when any input is. Marking observed
    /// series synthetic is the safe mistake; the report never calls generated data observed.
    /// </summary>
    public static SnapshotLabel LabelOf(IReadOnlyList<SourceInfo> sources)
    {
        var provenance = sources.Select(s => s.Provenance).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new SnapshotLabel(provenance.Count == 0 ? null : string.Join("; ", provenance), sources.Any(s => s.Synthetic));
    }
}

/// <param name="Days">Days found in the input.</param>
/// <param name="Stored">Days written now.</param>
/// <param name="AlreadyStored">Days that were stored before and left untouched.</param>
/// <param name="EventDays">Days of events written now.</param>
public sealed record ImportResult(string Source, int Days, int Stored, int AlreadyStored, int EventDays, SnapshotLabel Label)
{
    /// <summary>Days of per-coin caps written now.</summary>
    public int CoinCapDays { get; init; }
}
