namespace Reports.Infrastructure.Storage;

/// <summary>Runs an idempotent set-up step (create a container or queue) once per process; a failed attempt is retried next time.</summary>
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
}
