using Azure.Storage.Queues;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

/// <summary>Ingest requests on the <see cref="IngestQueue.Name"/> queue (base64 messages, as the queue trigger expects).</summary>
public sealed class QueueIngestRequests : IIngestRequestQueue
{
    private readonly QueueClient queue;
    private readonly CreateOnce createQueue;

    public QueueIngestRequests(QueueServiceClient service)
    {
        queue = service.GetQueueClient(IngestQueue.Name);
        createQueue = new CreateOnce(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task EnqueueAsync(DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            await createQueue.RunAsync(ct => queue.SendMessageAsync(IngestQueue.Message(day), ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, queue.Uri, $"queueing ingest of {day:yyyy-MM-dd}");
        }
    }
}
