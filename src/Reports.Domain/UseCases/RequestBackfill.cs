using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>Queues one ingest request per day of a bounded range; each is processed (and retried) on its own.</summary>
public sealed class RequestBackfill(IIngestRequestQueue queue, TimeProvider clock)
{
    /// <summary>At most a year (and a leap day) per request, so one call cannot flood the providers.</summary>
    public const int MaxDays = 366;

    private const int ParallelEnqueues = 8;

    /// <summary>Why the range cannot be backfilled, or null when it can.</summary>
    public string? Check(DateOnly from, DateOnly to)
    {
        var last = CompleteDays.Last(clock);
        if (from > to) return $"'from' ({from:yyyy-MM-dd}) is after 'to' ({to:yyyy-MM-dd}).";
        if (CompleteDays.Problem(from, last) is { } badFrom) return $"'from': {badFrom}";
        if (CompleteDays.Problem(to, last) is { } badTo) return $"'to': {badTo}";
        var days = to.DayNumber - from.DayNumber + 1;
        if (days > MaxDays) return $"The range has {days} days; at most {MaxDays} can be backfilled per request.";
        return null;
    }

    /// <returns>The number of days queued.</returns>
    /// <exception cref="ArgumentException">The range fails <see cref="Check"/>.</exception>
    /// <exception cref="StoreUnavailableException">The queue failed; some days may already be queued, and re-queuing them is harmless.</exception>
    public async Task<int> RunAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (Check(from, to) is { } problem) throw new ArgumentException(problem);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays);
        await Parallel.ForEachAsync(
            days,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelEnqueues, CancellationToken = cancellationToken },
            async (day, ct) => await queue.EnqueueAsync(day, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return to.DayNumber - from.DayNumber + 1;
    }
}
