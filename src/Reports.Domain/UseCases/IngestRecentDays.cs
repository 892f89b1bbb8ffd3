using Reports.Domain.Market;
using Reports.Domain.UseCases.History;

namespace Reports.Domain.UseCases;

/// <summary>
/// The daily ingest: yesterday (UTC) and the catch-up days before it, oldest first, so a source that failed on an
/// earlier run is retried and a catch-up day fills in before yesterday. Each day is independent; the run stops at the
/// first storage failure, because later days would fail the same way and the next run picks up where this one stopped.
/// Then, with a <see cref="RequestHistory"/>, it queues the history the analysis still lacks, so a fresh deployment
/// bootstraps itself on its first morning.
/// </summary>
public sealed class IngestRecentDays(IngestDay ingest, TimeProvider clock, RequestHistory? history = null)
{
    /// <param name="catchUpDays">How many days before yesterday are also filled in (0 for yesterday only).</param>
    public async Task<RecentIngest> RunAsync(int catchUpDays, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(catchUpDays);
        var last = CompleteDays.Last(clock);
        var first = last.AddDays(-catchUpDays);
        var days = new List<IngestResult>();
        if (ingest.SourceNames.Count == 0) return new RecentIngest(first, last, days, NoSources: true);

        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var result = await ingest.RunAsync(day, cancellationToken).ConfigureAwait(false);
            days.Add(result);
            if (result.StorageFailed) break;
        }
        var check = history is null ? null : await history.IfShortAsync(cancellationToken).ConfigureAwait(false);
        return new RecentIngest(first, last, days, NoSources: false) { History = check };
    }
}

/// <summary>What the daily ingest did, day by day (oldest first; shorter than the range when storage failed).</summary>
/// <param name="NoSources">No market-data source is configured, so nothing was asked.</param>
public sealed record RecentIngest(DateOnly From, DateOnly To, IReadOnlyList<IngestResult> Days, bool NoSources)
{
    /// <summary>What the history check queued (null when the run had no history check).</summary>
    public HistoryCheck? History { get; init; }

    /// <summary>Why the store refused data, in order; empty when every fetched day was stored.</summary>
    public IReadOnlyList<string> StorageFailures =>
        Days.SelectMany(d => d.Sources).Where(s => s.Outcome == IngestOutcome.StorageFailed).Select(s => s.Reason ?? s.Source).ToList();

    /// <summary>
    /// The run's failure rule: a storage outage fails the run, so it is visible (and alertable); a provider failure
    /// does not, because the catch-up days retry it and the report names the missing source.
    /// </summary>
    /// <exception cref="StoreUnavailableException">Some fetched data could not be stored.</exception>
    public void ThrowIfStorageFailed()
    {
        if (StorageFailures is [var first, ..])
            throw new Ports.StoreUnavailableException($"The ingest of {From:yyyy-MM-dd} to {To:yyyy-MM-dd} could not store its data: {first}");
    }
}
