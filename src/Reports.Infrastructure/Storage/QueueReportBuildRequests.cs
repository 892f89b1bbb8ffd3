using Azure.Storage.Queues;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

/// <summary>The queue of one-day report builds (a rebuild of the archive) and its message: <c>{"day":"yyyy-MM-dd"}</c>.</summary>
public static class ReportBuildQueue
{
    /// <summary>A constant because the queue trigger's attribute needs one; poison messages go to "report-builds-poison".</summary>
    public const string Name = "report-builds";
}

/// <summary>Requests on the <see cref="ReportBuildQueue.Name"/> queue (base64 messages, as the queue trigger expects).</summary>
public sealed class QueueReportBuildRequests : IReportBuildQueue
{
    private readonly QueueClient queue;
    private readonly CreateOnce createQueue;

    public QueueReportBuildRequests(QueueServiceClient service)
    {
        queue = service.GetQueueClient(ReportBuildQueue.Name);
        createQueue = new CreateOnce(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task EnqueueAsync(DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            await createQueue.RunAsync(ct => queue.SendMessageAsync(DayQueueMessage.Write(day), ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, queue.Uri, $"queueing the report build of {day:yyyy-MM-dd}");
        }
    }
}
