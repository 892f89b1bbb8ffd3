using System.Collections.Concurrent;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Email;

/// <summary>
/// Keeps a day's report in memory for a while: every queued email of the day needs the same report, and one
/// instance handles many of them. Concurrent first requests share one load; a missing report is not cached, so
/// a report built late is picked up by the next attempt.
/// </summary>
public sealed class CachedReportEditionSource(IReportEditionSource inner, TimeProvider time, TimeSpan? keepFor = null) : IReportEditionSource
{
    // Only the newest few days are ever asked for; the limit keeps PDFs of old days from piling up.
    private const int MaxDays = 3;
    private readonly TimeSpan ttl = keepFor ?? TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<DateOnly, Cached> cache = new();

    public async Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = cache.AddOrUpdate(
            date,
            _ => new Cached(new Lazy<Task<ReportEdition?>>(() => Load(date)), now + ttl),
            (_, old) => old.ExpiresAt > now && !(old.Load.IsValueCreated && old.Load.Value.IsFaulted)
                ? old
                : new Cached(new Lazy<Task<ReportEdition?>>(() => Load(date)), now + ttl));

        ReportEdition? edition;
        try
        {
            edition = await entry.Load.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            cache.TryRemove(KeyValuePair.Create(date, entry));
            throw;
        }
        if (edition is null) cache.TryRemove(KeyValuePair.Create(date, entry));
        Trim();
        return edition;
    }

    /// <summary>The inner source's own (cheap) check: asking whether a report exists must not load and cache its edition.</summary>
    public Task<bool> IsBuiltAsync(DateOnly date, CancellationToken cancellationToken) => inner.IsBuiltAsync(date, cancellationToken);

    // Loads run without the caller's token: other callers share the task, and one cancelled caller must not fail them.
    private Task<ReportEdition?> Load(DateOnly date) => Task.Run(() => inner.FindAsync(date, CancellationToken.None));

    private void Trim()
    {
        foreach (var day in cache.Keys.OrderDescending().Skip(MaxDays)) cache.TryRemove(day, out _);
    }

    // Lazy: AddOrUpdate may build an entry it then discards; only the stored one ever starts loading.
    private sealed record Cached(Lazy<Task<ReportEdition?>> Load, DateTimeOffset ExpiresAt);
}
