using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Delivery;
using Reports.Domain.Market;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Email;

namespace Reports.Functions.Timers;

/// <summary>
/// Timer (app setting EMAIL_SCHEDULE, after REPORT_SCHEDULE): queues one email request per subscriber for
/// yesterday's (UTC) report. A re-run is harmless: the send ledger lets each subscriber get the report once.
/// </summary>
public sealed class SendDailyReport(FanOutDailyEmails fanOut, IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<SendDailyReport> logger)
{
    [Function(nameof(SendDailyReport))]
    public async Task RunAsync([TimerTrigger("%" + TimerSchedules.Email + "%")] TimerInfo timer, CancellationToken cancellationToken)
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
            throw new InvalidOperationException($"No emails sent: the report for {day:yyyy-MM-dd} has not been built (check {nameof(BuildDailyReport)}).");
        }
        logger.LogInformation("Queued {Count} report emails for {Day}", result.Queued, DeliveryDates.Key(day));
    }
}
