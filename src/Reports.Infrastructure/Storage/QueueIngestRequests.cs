using Azure.Storage.Queues;
using Reports.Domain.Ports;
using Reports.Domain.UseCases.History;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Requests on the <see cref="IngestQueue.Name"/> queue (base64 messages, as the queue trigger expects): one-day
/// ingests and history chunks (<see cref="HistoryQueueMessage"/>) share the queue, its trigger and its poison queue.
/// </summary>
public sealed class QueueIngestRequests : IIngestRequestQueue, IHistoryRequestQueue
{
    private readonly QueueClient queue;
    private readonly CreateOnce createQueue;

    public QueueIngestRequests(QueueServiceClient service)
    {
        queue = service.GetQueueClient(IngestQueue.Name);
        createQueue = new CreateOnce(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public Task EnqueueAsync(DateOnly day, CancellationToken cancellationToken) =>
        SendAsync(IngestQueue.Message(day), $"queueing ingest of {day:yyyy-MM-dd}", cancellationToken);

    public Task EnqueueAsync(HistoryChunk chunk, CancellationToken cancellationToken) =>
        SendAsync(HistoryQueueMessage.Message(chunk), $"queueing history {chunk}", cancellationToken);

    private async Task SendAsync(string message, string what, CancellationToken cancellationToken)
    {
        try
        {
            await createQueue.RunAsync(ct => queue.SendMessageAsync(message, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, queue.Uri, what);
        }
    }
}
