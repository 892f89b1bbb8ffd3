using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Queues one report build per day of a bounded range, so the archive can be regenerated (after a renderer change,
/// a backfill) one day per message; <see cref="PublishReport"/> does each day and leaves identical bytes untouched.
/// </summary>
public sealed class RequestReportRebuild(IReportBuildQueue queue, TimeProvider clock)
{
    /// <summary>A year and a leap day per request, as for a backfill: one call cannot flood the workers.</summary>
    public const int MaxDays = 366;

    /// <summary>Why the range cannot be rebuilt, or null when it can.</summary>
    public string? Check(DateOnly from, DateOnly to) => CompleteDays.RangeProblem(from, to, CompleteDays.Last(clock), MaxDays, "rebuilt per request");

    /// <returns>The number of days queued.</returns>
    /// <exception cref="ArgumentException">The range fails <see cref="Check"/>.</exception>
    /// <exception cref="StoreUnavailableException">The queue failed; some days may already be queued, and queuing them again is harmless.</exception>
    public Task<int> RunAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Check(from, to) is { } problem
            ? throw new ArgumentException(problem)
            : DayRequests.QueueEachAsync(from, to, queue.EnqueueAsync, cancellationToken);
}
