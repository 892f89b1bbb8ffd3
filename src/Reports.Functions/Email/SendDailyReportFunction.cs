using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;

namespace Reports.Functions.Email;

/// <summary>
/// Timer (app setting EMAIL_SCHEDULE, after REPORT_SCHEDULE): queues one email request per subscriber for
/// yesterday's (UTC) report. A re-run is harmless: the send ledger lets each subscriber get the report once.
/// </summary>
public sealed class SendDailyReportFunction(FanOutDailyEmails fanOut, IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<SendDailyReportFunction> logger)
{
    public const string ScheduleSetting = "EMAIL_SCHEDULE";

    [Function("SendDailyReport")]
    public async Task RunAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var day = CompleteDays.Last(clock);
        if (!smtp.Value.IsConfigured)
        {
            logger.LogWarning("Email is off (no Email__Smtp__Host): no report emails queued for {Day}", DeliveryDates.Key(day));
            return;
        }
        var result = await fanOut.RunAsync(day, cancellationToken);
        if (!result.ReportFound)
        {
            // Failing the invocation makes the miss visible in monitoring; nothing was queued.
            throw new InvalidOperationException($"No emails sent: the report for {day:yyyy-MM-dd} has not been built (check BuildDailyReport).");
        }
        logger.LogInformation("Queued {Count} report emails for {Day}", result.Queued, DeliveryDates.Key(day));
    }
}
