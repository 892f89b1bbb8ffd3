using Azure.Storage.Queues;
using Reports.Domain.Ports;
using Reports.Domain.UseCases.History;

namespace Reports.Infrastructure.Storage;

/// <summary>History chunks on the <see cref="IngestQueue.Name"/> queue (<see cref="HistoryQueueMessage"/>, base64 as the trigger expects).</summary>
public sealed class QueueHistoryRequests : IHistoryRequestQueue
{
    private readonly QueueClient queue;
    private readonly CreateOnce createQueue;

    public QueueHistoryRequests(QueueServiceClient service)
    {
        queue = service.GetQueueClient(IngestQueue.Name);
        createQueue = new CreateOnce(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task EnqueueAsync(HistoryChunk chunk, CancellationToken cancellationToken)
    {
        try
        {
            await createQueue.EnsureAsync(cancellationToken).ConfigureAwait(false);
            await queue.SendMessageAsync(HistoryQueueMessage.Message(chunk), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, queue.Uri, $"queueing history {chunk}");
        }
    }
}
