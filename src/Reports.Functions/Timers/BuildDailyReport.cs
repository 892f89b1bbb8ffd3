using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Market;
using Reports.Domain.UseCases;

namespace Reports.Functions.Timers;

/// <summary>Timer: builds yesterday's (UTC) report from stored snapshots and stores it in every format.</summary>
public sealed class BuildDailyReport(PublishReport publish, TimeProvider clock, ILogger<BuildDailyReport> logger)
{
    [Function(nameof(BuildDailyReport))]
    public async Task RunAsync([TimerTrigger("%" + TimerSchedules.Report + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var day = CompleteDays.Last(clock);
        var result = await publish.RunAsync(day, cancellationToken);
        foreach (var f in result.Formats)
            logger.LogInformation("Report {Day} {Format}: {Outcome} ({Bytes} bytes)", day, f.Format, f.Outcome, f.Bytes);
        if (result.EntriesCompleted > 0)
            logger.LogInformation("Edition index: {Entries} older editions given their entry", result.EntriesCompleted);
        if (result.Gaps.Count > 0)
            logger.LogWarning("Report {Day} has {Gaps} gaps, first: {FirstGap}", day, result.Gaps.Count, result.Gaps[0]);
    }
}
