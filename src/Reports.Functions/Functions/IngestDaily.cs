using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.UseCases;
using Reports.Domain.UseCases.History;

namespace Reports.Functions.Functions;

/// <summary>Timer: stores yesterday (UTC) from every source, and fills in sources missing from the few days before.</summary>
public sealed class IngestDaily(IngestDay ingest, RequestHistory history, TimeProvider clock, IOptions<ReportsFunctionsOptions> options, ILogger<IngestDaily> logger)
{
    [Function(nameof(IngestDaily))]
    public async Task RunAsync([TimerTrigger("%" + ReportsFunctionsOptions.IngestScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var last = CompleteDays.Last(clock);
        var first = last.AddDays(-options.Value.IngestCatchUpDays);
        logger.LogInformation("IngestDaily for {From} to {To} (past due: {PastDue})", first, last, timer.IsPastDue);
        if (ingest.SourceNames.Count == 0)
        {
            logger.LogWarning("No market-data source is configured, so there is nothing to ingest; see the MarketData settings");
            return;
        }

        var storageFailures = new List<string>();
        // Oldest first: a catch-up day fills in before yesterday, and each day is independent.
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var result = await ingest.RunAsync(day, cancellationToken);
            IngestLog.Write(logger, result);
            storageFailures.AddRange(result.Sources.Where(s => s.Outcome == IngestOutcome.StorageFailed).Select(s => s.Reason ?? s.Source));
            if (result.StorageFailed) break; // The store is down: later days would fail the same way.
        }

        logger.LogInformation("History check: {Outcome}", await history.IfShortAsync(cancellationToken));

        // Failing the run makes the outage visible (and alertable); the next run picks up where this one stopped.
        if (storageFailures.Count > 0)
            throw new InvalidOperationException($"IngestDaily could not store its data: {storageFailures[0]}");
    }
}
