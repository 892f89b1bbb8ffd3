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

    /// <summary>Queues the chunks the analysis still lacks (<see cref="HistoryNeeds.BootstrapDays"/>); returns them.</summary>
    /// <exception cref="StoreUnavailableException">The store or the queue failed.</exception>
    public async Task<IReadOnlyList<HistoryChunk>> IfShortAsync(CancellationToken cancellationToken)
    {
        var plan = bootstrap.Plan(HistoryNeeds.BootstrapDays);
        var wanted = new List<HistoryChunk>();
        foreach (var chunk in plan.Chunks)
        {
            if (!await bootstrap.IsStoredAsync(chunk.Source, chunk.From, cancellationToken).ConfigureAwait(false)
                || !await bootstrap.IsStoredAsync(chunk.Source, chunk.To, cancellationToken).ConfigureAwait(false))
            {
                wanted.Add(chunk);
            }
        }
        foreach (var chunk in wanted) await queue.EnqueueAsync(chunk, cancellationToken).ConfigureAwait(false);
        return wanted;
    }
}
