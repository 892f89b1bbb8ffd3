namespace Reports.Domain.Ports;

/// <summary>Durable requests to ingest one day each, processed one at a time so a long backfill survives restarts.</summary>
public interface IIngestRequestQueue
{
    /// <exception cref="StoreUnavailableException">The queue could not be reached.</exception>
    Task EnqueueAsync(DateOnly day, CancellationToken cancellationToken);
}
