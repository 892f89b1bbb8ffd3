using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>Where subscribers are kept. The store does not validate: the use cases do.</summary>
public interface ISubscriberStore
{
    /// <summary>Inserts the subscriber or replaces the one with the same id.</summary>
    Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken);

    Task<Subscriber?> FindAsync(string subscriberId, CancellationToken cancellationToken);

    Task<Subscriber?> FindByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken);

    /// <summary>False when there was no such subscriber.</summary>
    Task<bool> RemoveAsync(string subscriberId, CancellationToken cancellationToken);

    /// <summary>Every subscriber, streamed page by page (there may be tens of thousands).</summary>
    IAsyncEnumerable<Subscriber> ListAsync(CancellationToken cancellationToken);
}
