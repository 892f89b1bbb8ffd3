using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Queues;

/// <summary>
/// Queue: ingests the one day a message names, or fills the history chunk a bootstrap queued. A failure that may pass (outage, rate limit, storage) throws, so the
/// host retries the message; after maxDequeueCount tries it moves to ingest-requests-poison, and the reason is logged.
/// </summary>
public sealed class IngestRequested(RunIngestRequest run, FailedMessageLog failures, ILogger<IngestRequested> logger)
{
    [Function(nameof(IngestRequested))]
    public async Task RunAsync(
        [QueueTrigger(IngestQueue.Name, Connection = ReportsStorageOptions.ConnectionName)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        if (!IngestQueue.TryParse(message.Body?.ToString(), out var request, out var problem))
            throw Fail(message, problem!);
        if (await run.RunAsync(request!, cancellationToken) is { } retry)
            throw Fail(message, retry);
    }

    private IngestRequestFailedException Fail(QueueMessage message, string reason)
    {
        failures.Write(logger, IngestQueue.Name, message, reason);
        return new IngestRequestFailedException(reason);
    }
}

/// <summary>Thrown so the Functions host retries (and finally poisons) the message; the message says why.</summary>
public sealed class IngestRequestFailedException(string reason) : Exception($"Ingest request failed: {reason}");
