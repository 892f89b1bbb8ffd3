using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Fetches one complete UTC day from every source and stores each source's day on its own, so one failing
/// provider leaves the others stored. A source whose day is already stored is not asked again: re-runs are no-ops.
/// </summary>
public sealed class IngestDay
{
    private readonly IReadOnlyList<IMarketDataSource> sources;
    private readonly ISnapshotWriter writer;
    private readonly TimeProvider clock;

    public IngestDay(IEnumerable<IMarketDataSource> sources, ISnapshotWriter writer, TimeProvider clock)
    {
        this.sources = sources.ToList();
        this.writer = writer;
        this.clock = clock;
        var twice = this.sources.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new ArgumentException($"Two market-data sources are named '{twice.Key}'; each needs its own storage folder.", nameof(sources));
    }

    public IReadOnlyList<string> SourceNames => sources.Select(s => s.Name).ToList();

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> has not ended yet (UTC).</exception>
    public Task<IngestResult> RunAsync(DateOnly day, CancellationToken cancellationToken) => RunAsync(day, null, cancellationToken);

    /// <param name="only">The sources to ask, by name as <see cref="SourceNames"/> spells them; null for every source.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> has not ended yet (UTC).</exception>
    /// <exception cref="ArgumentException">A name in <paramref name="only"/> is not a source.</exception>
    public async Task<IngestResult> RunAsync(DateOnly day, IReadOnlyCollection<string>? only, CancellationToken cancellationToken)
    {
        if (day > CompleteDays.Last(clock))
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{day:yyyy-MM-dd} has not ended yet (UTC); only complete days can be ingested.");
        var asked = only is null
            ? sources
            : only.Select(name => sources.FirstOrDefault(s => s.Name == name)
                ?? throw new ArgumentException($"No market-data source named '{name}'; known: {string.Join(", ", SourceNames)}.", nameof(only))).ToList();

        // Sources are independent providers: fetch them side by side.
        var results = await Task.WhenAll(asked.Select(s => IngestSourceAsync(s, day, cancellationToken))).ConfigureAwait(false);
        return new IngestResult(day, results);
    }

    private async Task<SourceIngest> IngestSourceAsync(IMarketDataSource source, DateOnly day, CancellationToken cancellationToken)
    {
        if (!DailySnapshotRules.IsValidSourceName(source.Name))
            return SourceIngest.SourceFailed(source.Name, SourceFailure.InvalidData, "the source name is not usable in storage paths (lower-case letters, digits, hyphens)");

        try
        {
            if (await writer.HasSnapshotAsync(source.Name, day, cancellationToken).ConfigureAwait(false))
                return new SourceIngest(source.Name, IngestOutcome.AlreadyStored);

            SourceFetch fetch;
            try
            {
                fetch = await source.FetchDayAsync(day, cancellationToken).ConfigureAwait(false);
            }
            catch (MarketDataSourceException e)
            {
                return SourceIngest.SourceFailed(source.Name, e.Failure, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A provider bug must not stop the other sources; it is reported like an outage and retried.
                return SourceIngest.SourceFailed(source.Name, failure: null, $"{e.GetType().Name}: {e.Message}");
            }

            var problems = DailySnapshotRules.Check(fetch.Snapshot, source.Name, day);
            if (problems.Count > 0)
                return SourceIngest.SourceFailed(source.Name, SourceFailure.InvalidData, string.Join("; ", problems));

            var outcome = await writer.WriteAsync(fetch, SnapshotLabel.Observed, cancellationToken).ConfigureAwait(false);
            return new SourceIngest(source.Name, outcome == StoreOutcome.AlreadyStored ? IngestOutcome.AlreadyStored : IngestOutcome.Stored);
        }
        catch (StoreUnavailableException e)
        {
            return new SourceIngest(source.Name, IngestOutcome.StorageFailed, Reason: e.Message);
        }
    }
}
