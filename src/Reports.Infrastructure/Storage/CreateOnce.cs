using Azure;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Runs an idempotent set-up step (create a container or queue) once per process; a failed attempt is retried next
/// time. When the container or queue disappears later (deleted by hand, a storage account reset), the next operation
/// that meets the 404 creates it again and retries once, instead of failing until the worker restarts.
/// </summary>
internal sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool done;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (done) return;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (done) return;
            await create(cancellationToken).ConfigureAwait(false);
            done = true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Ensures the container or queue, runs <paramref name="operation"/>, and once more after re-creating it if it was gone.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await operation(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (IsGone(e))
        {
            done = false;
            await EnsureAsync(cancellationToken).ConfigureAwait(false);
            return await operation(cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsGone(RequestFailedException e) =>
        e.Status == 404 && e.ErrorCode is "ContainerNotFound" or "QueueNotFound";
}
