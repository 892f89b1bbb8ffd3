namespace Reports.Infrastructure.Providers.History;

/// <summary>
/// Spaces calls so no window of <c>window</c> holds more than <c>permits</c> of them, by the given clock. A bootstrap
/// makes a hundred calls in a row; pacing them here (rather than queueing on the HTTP client's limiter, which runs on
/// wall time) keeps a long run inside a plan's limit and lets tests drive it with a fake clock.
/// </summary>
internal sealed class CallPacer(int permits, TimeSpan window, TimeProvider clock)
{
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Waits until one more call fits in the window, then counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = clock.GetUtcNow();
                while (recent.Count > 0 && recent.Peek() <= now - window) recent.Dequeue();
                if (recent.Count < permits)
                {
                    recent.Enqueue(now);
                    return;
                }
                await Task.Delay(recent.Peek() + window - now, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>How long <paramref name="calls"/> calls take at this pace, at the least.</summary>
    public static TimeSpan Duration(int calls, int permits, TimeSpan window) =>
        calls <= permits ? TimeSpan.Zero : window * ((calls - 1) / permits);
}
