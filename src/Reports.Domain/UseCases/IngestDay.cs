using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Fetches one complete UTC day from every source and stores each source's day on its own, so one failing
/// provider leaves the others stored. A source whose day is already stored is not asked again: re-runs are no-ops.
/// With a <see cref="ICoinCapSource"/>, the day that just closed also gets its per-coin caps (entry
/// <see cref="CoinCapsName"/>), stored once; older days never do: a current snapshot cannot stand for them.
/// </summary>
public sealed class IngestDay
{
    /// <summary>How the per-coin caps appear among a day's <see cref="IngestResult.Sources"/> (the storage folder's name).</summary>
    public const string CoinCapsName = "marketcaps";

    private readonly IReadOnlyList<IMarketDataSource> sources;
    private readonly ISnapshotWriter writer;
    private readonly TimeProvider clock;
    private readonly ICoinCapSource? capSource;
    private readonly ICoinCapWriter? capWriter;

    public IngestDay(IEnumerable<IMarketDataSource> sources, ISnapshotWriter writer, TimeProvider clock)
        : this(sources, writer, clock, null, null)
    {
    }

    /// <param name="capSource">Per-coin caps of the day that just closed; null (or no <paramref name="capWriter"/>) leaves them out.</param>
    public IngestDay(IEnumerable<IMarketDataSource> sources, ISnapshotWriter writer, TimeProvider clock, ICoinCapSource? capSource, ICoinCapWriter? capWriter)
    {
        this.sources = sources.ToList();
        this.writer = writer;
        this.clock = clock;
        (this.capSource, this.capWriter) = capSource is not null && capWriter is not null ? (capSource, capWriter) : (null, null);
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
        var results = (await Task.WhenAll(asked.Select(s => IngestSourceAsync(s, day, cancellationToken))).ConfigureAwait(false)).ToList();
        // After the sources, not beside them: a data folder is rewritten by one writer at a time.
        if (capSource is not null && (only is null || only.Contains(capSource.Provider)))
        {
            if (capSource.Serves(day, out var whyNot))
                results.Add(await IngestCoinCapsAsync(capSource, capWriter!, day, cancellationToken).ConfigureAwait(false));
            else if (day == CompleteDays.Last(clock))
                // Too late for the day that just closed: said once, like a source that cannot serve the day. Older days stay silent.
                results.Add(SourceIngest.SourceFailed(CoinCapsName, SourceFailure.NotAvailableForDay, whyNot));
        }
        return new IngestResult(day, results);
    }

    /// <summary>Create-once: a stored day is not asked again; a failure stores nothing and the next run within the source's window retries.</summary>
    private static async Task<SourceIngest> IngestCoinCapsAsync(ICoinCapSource source, ICoinCapWriter capWriter, DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            if (await capWriter.HasCapsAsync(day, cancellationToken).ConfigureAwait(false))
                return new SourceIngest(CoinCapsName, IngestOutcome.AlreadyStored);

            IReadOnlyList<CoinMarketCap> caps;
            try
            {
                caps = await source.FetchCoinCapsAsync(day, cancellationToken).ConfigureAwait(false);
            }
            catch (MarketDataSourceException e)
            {
                // The caps are stored as "marketcaps" but fetched from a provider: its name stays in the reason.
                return SourceIngest.SourceFailed(CoinCapsName, e.Failure, e.SourceName == CoinCapsName ? e.Detail : e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return SourceIngest.SourceFailed(CoinCapsName, failure: null, $"{e.GetType().Name}: {e.Message}");
            }

            if (CoinCapProblem(caps, day) is { } problem)
                return SourceIngest.SourceFailed(CoinCapsName, SourceFailure.InvalidData, problem);
            var outcome = await capWriter.WriteAsync(day, caps, new SnapshotLabel(source.Provider), cancellationToken).ConfigureAwait(false);
            if (capWriter is IFlushingWriter flushing) await flushing.FlushAsync(cancellationToken).ConfigureAwait(false);
            return new SourceIngest(CoinCapsName, outcome == StoreOutcome.AlreadyStored ? IngestOutcome.AlreadyStored : IngestOutcome.Stored);
        }
        catch (StoreUnavailableException e)
        {
            return new SourceIngest(CoinCapsName, IngestOutcome.StorageFailed, Reason: e.Message);
        }
    }

    /// <summary>What the stores and the attribution rely on: caps of the day, one per ticker, each positive.</summary>
    private static string? CoinCapProblem(IReadOnlyList<CoinMarketCap> caps, DateOnly day)
    {
        if (caps.Count == 0) return "no coin caps in the answer";
        if (caps.FirstOrDefault(c => c.Date != day) is { } other) return $"{other.Symbol} is dated {other.Date:yyyy-MM-dd}, not {day:yyyy-MM-dd}";
        if (caps.FirstOrDefault(c => !CoinMarketCap.IsTicker(c.Symbol)) is { } bad) return $"'{bad.Symbol}' is not a ticker ({CoinMarketCap.TickerRule})";
        if (caps.FirstOrDefault(c => c.MarketCapUsd <= 0m) is { } empty) return $"{empty.Symbol} has no positive market cap";
        if (caps.GroupBy(c => c.Symbol).FirstOrDefault(g => g.Count() > 1) is { } twice) return $"{twice.Key} is listed twice";
        return null;
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
                // The result names the source; the reason is what went wrong, so no reader says the name twice.
                return SourceIngest.SourceFailed(source.Name, e.Failure, e.SourceName == source.Name ? e.Detail : e.Message);
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
