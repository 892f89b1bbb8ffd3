using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.UseCases;

namespace Reports.Functions.Email;

/// <summary>
/// Timer (app setting EMAIL_SCHEDULE, after REPORT_SCHEDULE): queues one email request per subscriber for
/// yesterday's (UTC) report. A re-run is harmless: the send ledger lets each subscriber get the report once.
/// </summary>
public sealed class SendDailyReportFunction(FanOutDailyEmails fanOut, TimeProvider clock, ILogger<SendDailyReportFunction> logger)
{
    public const string ScheduleSetting = "EMAIL_SCHEDULE";

    [Function("SendDailyReport")]
    public async Task RunAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var day = CompleteDays.Last(clock);
        var result = await fanOut.RunAsync(day, cancellationToken);
        if (!result.ReportFound)
        {
            // Failing the invocation makes the miss visible in monitoring; nothing was queued.
            throw new InvalidOperationException($"No emails sent: the report for {day:yyyy-MM-dd} has not been built (check BuildDailyReport).");
        }
        logger.LogInformation("Queued {Count} report emails for {Day}", result.Queued, day);
    }
}
