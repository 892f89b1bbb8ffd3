using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Queues;

/// <summary>
/// Queue: rebuilds the day a message names from stored snapshots and re-archives it in every format, as the daily
/// build does (identical bytes leave the stored blob alone). A failure throws, so the host retries the message; after
/// maxDequeueCount tries it moves to report-builds-poison, and the reason is logged.
/// </summary>
public sealed class ReportBuildRequested(PublishReport publish, TimeProvider clock, FailedMessageLog failures, ILogger<ReportBuildRequested> logger)
{
    [Function(nameof(ReportBuildRequested))]
    public async Task RunAsync(
        [QueueTrigger(ReportBuildQueue.Name, Connection = ReportsStorageOptions.ConnectionName)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        if (!DayQueueMessage.TryParse(message.Body?.ToString(), out var day, out var problem))
            throw Fail(message, problem!);
        if (day > CompleteDays.Last(clock))
            throw Fail(message, $"{day:yyyy-MM-dd} has not ended yet (UTC)");

        PublishResult result;
        try
        {
            result = await publish.RunAsync(day, cancellationToken);
        }
        catch (Exception e) when (e is MarketDataException or Reports.Domain.Ports.StoreUnavailableException)
        {
            throw Fail(message, e.Message, e);
        }
        foreach (var f in result.Formats)
            logger.LogInformation("Rebuilt report {Day} {Format}: {Outcome} ({Bytes} bytes)", day, f.Format, f.Outcome, f.Bytes);
        if (result.EntriesCompleted > 0)
            logger.LogInformation("Edition index: {Entries} older editions given their entry", result.EntriesCompleted);
    }

    private ReportBuildFailedException Fail(QueueMessage message, string reason, Exception? inner = null)
    {
        failures.Write(logger, ReportBuildQueue.Name, message, reason, inner);
        return new ReportBuildFailedException(reason, inner);
    }
}

/// <summary>Thrown so the Functions host retries (and finally poisons) the message; the message says why.</summary>
public sealed class ReportBuildFailedException(string reason, Exception? inner = null) : Exception($"Report build failed: {reason}", inner);
