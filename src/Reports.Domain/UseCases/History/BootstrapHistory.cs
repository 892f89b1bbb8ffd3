using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases.History;

/// <summary>
/// Fills the history a first report needs (<see cref="HistoryNeeds"/>) from the sources that can serve past days,
/// chunk by chunk. Each chunk asks its provider only for days not stored yet, validates the whole answer before the
/// first write, and stores day by day through the same immutable writer as the daily ingest, so a re-run after a crash
/// fetches only what is missing and never writes a day twice. A failing source leaves every other source's days stored.
/// </summary>
public sealed class BootstrapHistory
{
    private const int ParallelChecks = 16;

    private readonly IReadOnlyList<IHistorySource> sources;
    private readonly ISnapshotWriter writer;
    private readonly ICoinCapWriter? coinCaps;
    private readonly TimeProvider clock;

    public BootstrapHistory(IEnumerable<IHistorySource> sources, ISnapshotWriter writer, ICoinCapWriter? coinCaps, TimeProvider clock)
    {
        this.sources = sources.ToList();
        this.writer = writer;
        this.coinCaps = coinCaps;
        this.clock = clock;
        foreach (var source in this.sources.Where(s => !DailySnapshotRules.IsValidSourceName(s.Name)))
            throw new ArgumentException($"The history source name '{source.Name}' is not usable in storage paths.", nameof(sources));
    }

    public IReadOnlyList<string> SourceNames => sources.Select(s => s.Name).ToList();

    /// <summary>The chunks that cover the last <paramref name="days"/> complete days, each source as far back as it serves.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1..<see cref="HistoryNeeds.MaxBootstrapDays"/>.</exception>
    public BootstrapPlan Plan(int days)
    {
        if (days is < 1 or > HistoryNeeds.MaxBootstrapDays)
            throw new ArgumentOutOfRangeException(nameof(days), days, $"--days must be between 1 and {HistoryNeeds.MaxBootstrapDays}.");
        var last = CompleteDays.Last(clock);
        var chunks = new List<HistoryChunk>();
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var (from, to) = HistoryNeeds.Window(last, days, source.MaxDaysBack);
            var own = HistoryNeeds.Chunks(from, to, source.MaxChunkDays).Select(c => new HistoryChunk(source.Name, c.From, c.To)).ToList();
            chunks.AddRange(own);
            calls[source.Name] = own.Sum(c => source.CallsFor(c.Days));
        }
        return new BootstrapPlan(chunks, calls);
    }

    /// <summary>
    /// Runs every chunk: sources side by side (they are different providers with their own limits), each source's
    /// chunks oldest first. <paramref name="progress"/> hears of each finished chunk.
    /// </summary>
    public async Task<IReadOnlyList<ChunkResult>> RunAsync(BootstrapPlan plan, IProgress<ChunkResult>? progress, CancellationToken cancellationToken)
    {
        var perSource = plan.Chunks.GroupBy(c => c.Source).Select(async group =>
        {
            var results = new List<ChunkResult>();
            foreach (var chunk in group)
            {
                var result = await RunChunkAsync(chunk, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                progress?.Report(result);
                if (result.Outcome == ChunkOutcome.StorageFailed) break; // The store is down: later chunks fail the same way.
            }
            return results;
        });
        return (await Task.WhenAll(perSource).ConfigureAwait(false)).SelectMany(r => r).ToList();
    }

    /// <summary>Fills one chunk: the unit a queued request asks for.</summary>
    /// <exception cref="ArgumentException">The chunk names no configured history source.</exception>
    public async Task<ChunkResult> RunChunkAsync(HistoryChunk chunk, CancellationToken cancellationToken)
    {
        var source = sources.FirstOrDefault(s => s.Name == chunk.Source)
            ?? throw new ArgumentException($"'{chunk.Source}' is not a configured history source ({string.Join(", ", SourceNames)}).", nameof(chunk));
        if (chunk.From > chunk.To || chunk.To > CompleteDays.Last(clock))
            throw new ArgumentException($"{chunk} is not a range of complete days.", nameof(chunk));

        try
        {
            var missing = await MissingDaysAsync(source, chunk, cancellationToken).ConfigureAwait(false);
            if (missing.Count == 0)
                return new ChunkResult(chunk, 0, chunk.Days, 0, ChunkOutcome.Complete);

            HistoryFetch fetch;
            try
            {
                fetch = await source.FetchAsync(missing[0], missing[^1], cancellationToken).ConfigureAwait(false);
            }
            catch (MarketDataSourceException e)
            {
                return new ChunkResult(chunk, 0, chunk.Days - missing.Count, 1, ChunkOutcome.SourceFailed, $"{e.Failure}: {(e.SourceName == source.Name ? e.Detail : e.Message)}");
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new ChunkResult(chunk, 0, chunk.Days - missing.Count, 1, ChunkOutcome.SourceFailed, $"{e.GetType().Name}: {e.Message}");
            }

            // The whole answer is checked before the first write: a bad day stores nothing of the chunk.
            var byDay = fetch.Days.ToDictionary(d => d.Day);
            var problems = missing
                .SelectMany(day => byDay.TryGetValue(day, out var snapshot)
                    ? DailySnapshotRules.Check(snapshot, source.Name, day)
                    : [$"{day:yyyy-MM-dd} is missing from the answer"])
                .ToList();
            if (problems.Count > 0)
                return new ChunkResult(chunk, 0, chunk.Days - missing.Count, 1, ChunkOutcome.SourceFailed, $"{SourceFailure.InvalidData}: {string.Join("; ", problems.Take(3))}");

            var caps = fetch.CoinCaps.ToLookup(c => c.Date);
            var stored = 0;
            var already = chunk.Days - missing.Count;
            var raw = fetch.Raw;
            foreach (var day in missing)
            {
                // The raw answers cover the whole range: they are kept once, beside the first day written.
                var outcome = await writer.WriteAsync(new SourceFetch(byDay[day], raw), fetch.Label, cancellationToken).ConfigureAwait(false);
                if (outcome == StoreOutcome.AlreadyStored) already++; else stored++;
                raw = [];
                if (coinCaps is not null && caps[day].ToList() is { Count: > 0 } dayCaps)
                    await coinCaps.WriteAsync(day, dayCaps, fetch.CoinCapsLabel, cancellationToken).ConfigureAwait(false);
            }
            if (writer is IFlushingWriter flushWriter) await flushWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (coinCaps is IFlushingWriter flushCaps && !ReferenceEquals(coinCaps, writer)) await flushCaps.FlushAsync(cancellationToken).ConfigureAwait(false);
            return new ChunkResult(chunk, stored, already, 1, ChunkOutcome.Complete);
        }
        catch (StoreUnavailableException e)
        {
            return new ChunkResult(chunk, 0, 0, 0, ChunkOutcome.StorageFailed, e.Message);
        }
    }

    /// <summary>Days of the chunk with nothing stored; for an estimate, days the real source already has count as done.</summary>
    private async Task<IReadOnlyList<DateOnly>> MissingDaysAsync(IHistorySource source, HistoryChunk chunk, CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, chunk.Days).Select(chunk.From.AddDays).ToList();
        var missing = new bool[days.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, days.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelChecks, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                missing[i] = !await IsStoredAsync(source, days[i], ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return days.Where((_, i) => missing[i]).ToList();
    }

    /// <summary>True when <paramref name="sourceName"/>'s day is stored, or, for an estimate, the real figure is.</summary>
    /// <exception cref="StoreUnavailableException">The store could not be reached.</exception>
    public Task<bool> IsStoredAsync(string sourceName, DateOnly day, CancellationToken cancellationToken) =>
        sources.FirstOrDefault(s => s.Name == sourceName) is { } source
            ? IsStoredAsync(source, day, cancellationToken)
            : writer.HasSnapshotAsync(sourceName, day, cancellationToken);

    private async Task<bool> IsStoredAsync(IHistorySource source, DateOnly day, CancellationToken cancellationToken) =>
        await writer.HasSnapshotAsync(source.Name, day, cancellationToken).ConfigureAwait(false)
        || (source.EstimateOf is { } real && await writer.HasSnapshotAsync(real, day, cancellationToken).ConfigureAwait(false));
}
