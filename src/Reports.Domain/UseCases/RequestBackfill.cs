using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>Queues one ingest request per day of a bounded range; each is processed (and retried) on its own.</summary>
public sealed class RequestBackfill(IIngestRequestQueue queue, TimeProvider clock)
{
    /// <summary>At most a year (and a leap day) per request, so one call cannot flood the providers.</summary>
    public const int MaxDays = 366;

    /// <summary>Why the range cannot be backfilled, or null when it can.</summary>
    public string? Check(DateOnly from, DateOnly to) => CompleteDays.RangeProblem(from, to, CompleteDays.Last(clock), MaxDays, "backfilled per request");

    /// <returns>The number of days queued.</returns>
    /// <exception cref="ArgumentException">The range fails <see cref="Check"/>.</exception>
    /// <exception cref="StoreUnavailableException">The queue failed; some days may already be queued, and re-queuing them is harmless.</exception>
    public Task<int> RunAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Check(from, to) is { } problem
            ? throw new ArgumentException(problem)
            : DayRequests.QueueEachAsync(from, to, queue.EnqueueAsync, cancellationToken);
}
