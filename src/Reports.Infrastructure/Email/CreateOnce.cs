namespace Reports.Infrastructure.Email;

/// <summary>
/// Runs a "create if not exists" once per process before first use. Unlike Lazy&lt;Task&gt;, a failure is not
/// remembered: storage that was briefly unreachable is tried again on the next call.
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
}
