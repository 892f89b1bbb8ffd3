namespace Reports.Domain.UseCases;

/// <summary>Queues one message per day of a range: small independent writes, a few in flight to hide their latency.</summary>
internal static class DayRequests
{
    private const int ParallelEnqueues = 8;

    /// <returns>The number of days queued.</returns>
    public static async Task<int> QueueEachAsync(DateOnly from, DateOnly to, Func<DateOnly, CancellationToken, Task> enqueue, CancellationToken cancellationToken)
    {
        var count = to.DayNumber - from.DayNumber + 1;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count).Select(from.AddDays),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelEnqueues, CancellationToken = cancellationToken },
            async (day, ct) => await enqueue(day, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return count;
    }
}
