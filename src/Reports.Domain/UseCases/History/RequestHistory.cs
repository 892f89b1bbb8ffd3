using Reports.Domain.Ports;

namespace Reports.Domain.UseCases.History;

/// <summary>
/// Queues the chunks of a bootstrap, one message each, so the function app fills history in small, retried steps.
/// <see cref="IfShortAsync"/> is the daily check: it queues only the chunks whose first or last day is not stored, so
/// a complete history costs a few existence checks and no provider call.
/// </summary>
public sealed class RequestHistory(BootstrapHistory bootstrap, IHistoryRequestQueue queue)
{
    /// <summary>Queues every chunk of a <paramref name="days"/>-day bootstrap; stored days are skipped when a chunk runs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    /// <exception cref="StoreUnavailableException">The queue failed; re-queuing chunks already queued is harmless.</exception>
    public async Task<BootstrapPlan> AllAsync(int days, CancellationToken cancellationToken)
    {
        var plan = bootstrap.Plan(days);
        foreach (var chunk in plan.Chunks) await queue.EnqueueAsync(chunk, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    /// <summary>
    /// Queues the chunks the analysis still lacks (<see cref="HistoryNeeds.BootstrapDays"/>). Never throws for the store
    /// or the queue: the daily ingest must go on, and the next day's check asks again.
    /// </summary>
    public async Task<HistoryCheck> IfShortAsync(CancellationToken cancellationToken)
    {
        var wanted = new List<HistoryChunk>();
        try
        {
            foreach (var chunk in bootstrap.Plan(HistoryNeeds.BootstrapDays).Chunks)
            {
                if (!await bootstrap.IsStoredAsync(chunk.Source, chunk.From, cancellationToken).ConfigureAwait(false)
                    || !await bootstrap.IsStoredAsync(chunk.Source, chunk.To, cancellationToken).ConfigureAwait(false))
                {
                    await queue.EnqueueAsync(chunk, cancellationToken).ConfigureAwait(false);
                    wanted.Add(chunk);
                }
            }
            return new HistoryCheck(wanted, null);
        }
        catch (StoreUnavailableException e)
        {
            return new HistoryCheck(wanted, e.Message);
        }
    }
}

/// <summary>What the daily history check queued, and why it stopped early if it did.</summary>
public sealed record HistoryCheck(IReadOnlyList<HistoryChunk> Queued, string? Problem)
{
    public override string ToString() =>
        (Queued.Count == 0 ? "history complete, nothing queued" : $"queued {Queued.Count} history chunk(s): {string.Join(", ", Queued)}")
        + (Problem is null ? "" : $"; stopped: {Problem}");
}
