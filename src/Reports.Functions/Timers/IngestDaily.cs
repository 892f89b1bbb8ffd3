using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.UseCases;

namespace Reports.Functions.Timers;

/// <summary>Timer: ingests yesterday (UTC) and the catch-up days before it (<see cref="IngestRecentDays"/>).</summary>
public sealed class IngestDaily(IngestRecentDays ingest, IOptions<ReportsFunctionsOptions> options, ILogger<IngestDaily> logger)
{
    [Function(nameof(IngestDaily))]
    public async Task RunAsync([TimerTrigger("%" + TimerSchedules.Ingest + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await ingest.RunAsync(options.Value.IngestCatchUpDays, cancellationToken);
        logger.LogInformation("{Function} for {From} to {To} (past due: {PastDue})", nameof(IngestDaily), result.From, result.To, timer.IsPastDue);
        if (result.NoSources)
            logger.LogWarning("No market-data source is configured, so there is nothing to ingest; see the MarketData settings");
        foreach (var day in result.Days) IngestLog.Write(logger, day);
        if (result.History is { } history) logger.LogInformation("History check: {Outcome}", history.ToString());
        result.ThrowIfStorageFailed();
    }
}
