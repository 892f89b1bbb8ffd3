using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Queues;

/// <summary>
/// Queue: ingests the one day a message names, or fills the history chunk a bootstrap queued. A failure that may pass (outage, rate limit, storage) throws, so the
/// host retries the message; after maxDequeueCount tries it moves to ingest-requests-poison, and the reason is logged.
/// </summary>
public sealed class IngestRequested(
    IngestDay ingest, BootstrapHistory history, TimeProvider clock, FailedMessageLog failures, ILogger<IngestRequested> logger)
{
    [Function(nameof(IngestRequested))]
    public async Task RunAsync(
        [QueueTrigger(IngestQueue.Name, Connection = ReportsStorageOptions.ConnectionName)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        // The same queue carries history chunks queued by Bootstrap (and IngestDaily's history check).
        if (HistoryQueueMessage.IsHistory(message.Body?.ToString(), out var chunk, out var invalid))
        {
            await RunHistoryAsync(message, chunk, invalid, cancellationToken);
            return;
        }
        if (!IngestQueue.TryParse(message.Body?.ToString(), out var day, out var problem))
            throw Fail(message, problem!);
        if (day > CompleteDays.Last(clock))
            throw Fail(message, $"{day:yyyy-MM-dd} has not ended yet (UTC)");

        var result = await ingest.RunAsync(day, cancellationToken);
        IngestLog.Write(logger, result);
        if (result.ShouldRetry)
        {
            var reasons = string.Join("; ", result.Failures.Where(f => f.IsRetryable).Select(f => $"{f.Source}: {f.Reason}"));
            throw Fail(message, reasons);
        }
    }

    private async Task RunHistoryAsync(QueueMessage message, HistoryChunk? chunk, string? invalid, CancellationToken cancellationToken)
    {
        if (chunk is null) throw Fail(message, invalid!);
        if (!history.SourceNames.Contains(chunk.Source) || chunk.To > CompleteDays.Last(clock))
            throw Fail(message, $"{chunk} names no configured history source ({string.Join(", ", history.SourceNames)}) or a day not ended yet");
        var result = await history.RunChunkAsync(chunk, cancellationToken);
        logger.LogInformation("History {Chunk}: {Outcome}, {Stored} days stored, {AlreadyStored} already there. {Reason}",
            chunk.ToString(), result.Outcome, result.Stored, result.AlreadyStored, result.Reason);
        if (result.Failed) throw Fail(message, $"{chunk}: {result.Reason}");
    }

    private IngestRequestFailedException Fail(QueueMessage message, string reason)
    {
        failures.Write(logger, IngestQueue.Name, message, reason);
        return new IngestRequestFailedException(reason);
    }
}

/// <summary>Thrown so the Functions host retries (and finally poisons) the message; the message says why.</summary>
public sealed class IngestRequestFailedException(string reason) : Exception($"Ingest request failed: {reason}");
