using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Delivery.Tests.Support;

/// <summary>Report editions held in memory, by day.</summary>
internal sealed class FixedReportEditions(params ReportEdition[] editions) : IReportEditionSource
{
    public int Calls;

    public Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        return Task.FromResult(editions.FirstOrDefault(e => e.Date == date));
    }
}

internal sealed class InMemorySubscribers : ISubscriberStore
{
    private readonly ConcurrentDictionary<string, Subscriber> rows = new();

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        rows[subscriber.Id] = subscriber;
        return Task.CompletedTask;
    }

    public Task<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken) =>
        Task.FromResult(rows.GetValueOrDefault(subscriberId));

    public Task<Subscriber?> FindByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(rows.Values.FirstOrDefault(s => s.UnsubscribeToken == token));

    public Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken) => Task.FromResult(rows.TryRemove(subscriberId, out _));

    public async IAsyncEnumerable<Subscriber> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var s in rows.Values.OrderBy(s => s.Id)) yield return s;
        await Task.CompletedTask;
    }
}

/// <summary>The ledger's two conditional writes, in memory, with a version that changes on every write.</summary>
internal sealed class InMemoryLedger : ISendLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<(DateOnly, string), LedgerEntry> rows = [];
    private int version;

    /// <summary>Conditional writes asked for (each one round trip on the real table), successful or not.</summary>
    public int Writes;

    public Task<LedgerEntry?> FindAsync(DateOnly date, string subscriberId, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(rows.GetValueOrDefault((date, subscriberId)));
    }

    public Task<LedgerEntry?> TryAddAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Writes++;
            if (rows.ContainsKey((entry.Date, entry.SubscriberId))) return Task.FromResult<LedgerEntry?>(null);
            return Task.FromResult<LedgerEntry?>(rows[(entry.Date, entry.SubscriberId)] = entry with { Version = $"v{++version}" });
        }
    }

    public Task<LedgerEntry?> TryUpdateAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Writes++;
            if (!rows.TryGetValue((entry.Date, entry.SubscriberId), out var current) || current.Version != entry.Version)
                return Task.FromResult<LedgerEntry?>(null);
            return Task.FromResult<LedgerEntry?>(rows[(entry.Date, entry.SubscriberId)] = entry with { Version = $"v{++version}" });
        }
    }

    public Task<LedgerEntry?> TryUpdateAndAddAsync(LedgerEntry update, LedgerEntry add, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Writes++;
            if (!rows.TryGetValue((update.Date, update.SubscriberId), out var current) || current.Version != update.Version || rows.ContainsKey((add.Date, add.SubscriberId)))
                return Task.FromResult<LedgerEntry?>(null);
            rows[(update.Date, update.SubscriberId)] = update with { Version = $"v{++version}" };
            return Task.FromResult<LedgerEntry?>(rows[(add.Date, add.SubscriberId)] = add with { Version = $"v{++version}" });
        }
    }

    public async IAsyncEnumerable<LedgerEntry> ListAsync(DateOnly date, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<LedgerEntry> day;
        lock (gate) day = rows.Values.Where(r => r.Date == date).ToList();
        foreach (var row in day) yield return row;
        await Task.CompletedTask;
    }
}

internal sealed class RecordingQueue : IEmailRequestQueue
{
    public ConcurrentQueue<(EmailRequest Request, TimeSpan Delay)> Queued { get; } = new();
    public ConcurrentQueue<FailedEmailRequest> Poisoned { get; } = new();

    /// <summary>Every message as it was queued.</summary>
    public ConcurrentQueue<IReadOnlyList<EmailRequest>> Messages { get; } = new();

    public Task EnqueueAsync(IReadOnlyList<EmailRequest> requests, TimeSpan delay, CancellationToken cancellationToken)
    {
        Messages.Enqueue(requests);
        foreach (var request in requests) Queued.Enqueue((request, delay));
        return Task.CompletedTask;
    }

    public Task PoisonAsync(FailedEmailRequest failed, CancellationToken cancellationToken)
    {
        Poisoned.Enqueue(failed);
        return Task.CompletedTask;
    }
}

/// <summary>A sender that records what it was given, or fails the way it is told to.</summary>
internal sealed class ScriptedSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();
    public Func<EmailMessage, Exception?> Failure { get; set; } = _ => null;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Failure(message) is { } failure) return Task.FromException(failure);
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}

/// <summary>The real store, counting the single-subscriber reads a send makes.</summary>
internal sealed class CountingSubscribers(ISubscriberStore inner) : ISubscriberStore
{
    public int Finds;

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken) => inner.SaveAsync(subscriber, cancellationToken);

    public Task<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Finds);
        return inner.FindAsync(subscriberId, cancellationToken);
    }

    public Task<Subscriber?> FindByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken) => inner.FindByUnsubscribeTokenAsync(token, cancellationToken);

    public Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken) => inner.RemoveAsync(subscriberId, cancellationToken);

    public IAsyncEnumerable<Subscriber> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
}

/// <summary>
/// The real ledger, counting its writes, whose writes number <see cref="FailFrom"/> onwards fail <see cref="Failures"/>
/// times as if storage went away: a fault at an exact point of a batch, which stopping Azurite cannot aim.
/// </summary>
internal sealed class FaultyLedger(ISendLedger inner) : ISendLedger
{
    private int writes;
    public int FailFrom { get; set; } = int.MaxValue;
    public int Failures { get; set; }
    public int Writes => writes;

    public Task<LedgerEntry?> FindAsync(DateOnly date, string subscriberId, CancellationToken cancellationToken) => inner.FindAsync(date, subscriberId, cancellationToken);

    public Task<LedgerEntry?> TryAddAsync(LedgerEntry entry, CancellationToken cancellationToken) => Write(() => inner.TryAddAsync(entry, cancellationToken));

    public Task<LedgerEntry?> TryUpdateAsync(LedgerEntry entry, CancellationToken cancellationToken) => Write(() => inner.TryUpdateAsync(entry, cancellationToken));

    public Task<LedgerEntry?> TryUpdateAndAddAsync(LedgerEntry update, LedgerEntry add, CancellationToken cancellationToken) =>
        Write(() => inner.TryUpdateAndAddAsync(update, add, cancellationToken));

    public IAsyncEnumerable<LedgerEntry> ListAsync(DateOnly date, CancellationToken cancellationToken) => inner.ListAsync(date, cancellationToken);

    private Task<LedgerEntry?> Write(Func<Task<LedgerEntry?>> write)
    {
        var n = Interlocked.Increment(ref writes);
        return n >= FailFrom && n < FailFrom + Failures
            ? Task.FromException<LedgerEntry?>(new StoreUnavailableException($"storage unavailable (write {n}, injected by the test)"))
            : write();
    }
}

/// <summary>The ledger's writes as they are asked for, in order, named by the subscriber each one is for.</summary>
internal sealed class RecordingLedger(ISendLedger inner, ConcurrentQueue<string> events, Func<string, string> name) : ISendLedger
{
    public Task<LedgerEntry?> FindAsync(DateOnly date, string subscriberId, CancellationToken cancellationToken) => inner.FindAsync(date, subscriberId, cancellationToken);

    public Task<LedgerEntry?> TryAddAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        events.Enqueue($"add {name(entry.SubscriberId)}");
        return inner.TryAddAsync(entry, cancellationToken);
    }

    public Task<LedgerEntry?> TryUpdateAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        events.Enqueue($"{Verb(entry)} {name(entry.SubscriberId)}");
        return inner.TryUpdateAsync(entry, cancellationToken);
    }

    public Task<LedgerEntry?> TryUpdateAndAddAsync(LedgerEntry update, LedgerEntry add, CancellationToken cancellationToken)
    {
        events.Enqueue($"{Verb(update)} {name(update.SubscriberId)} + add {name(add.SubscriberId)}");
        return inner.TryUpdateAndAddAsync(update, add, cancellationToken);
    }

    public IAsyncEnumerable<LedgerEntry> ListAsync(DateOnly date, CancellationToken cancellationToken) => inner.ListAsync(date, cancellationToken);

    private static string Verb(LedgerEntry entry) => entry.State switch
    {
        DeliveryState.Sent => "mark",
        DeliveryState.Failed => "release",
        DeliveryState.Rejected => "reject",
        _ => "claim",
    };
}
