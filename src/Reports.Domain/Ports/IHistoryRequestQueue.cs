using Reports.Domain.UseCases.History;

namespace Reports.Domain.Ports;

/// <summary>Durable requests to fill one chunk of history each (the ingest queue, in the function app).</summary>
public interface IHistoryRequestQueue
{
    /// <exception cref="StoreUnavailableException">The queue could not be reached.</exception>
    Task EnqueueAsync(HistoryChunk chunk, CancellationToken cancellationToken);
}
