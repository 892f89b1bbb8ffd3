using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Queues one send request per subscriber due for day D (every daily subscriber; weekly ones on their digest day),
/// so the sending is spread over many small invocations.
/// Running it twice is harmless: the send ledger lets only one request per (day, subscriber) send.
/// </summary>
public sealed class FanOutDailyEmails(
    ISubscriberStore subscribers,
    IEmailRequestQueue queue,
    IReportEditionSource reports,
    ILogger<FanOutDailyEmails>? logger = null)
{
    // Queue writes are small and independent; a few in flight hides their latency without flooding the account.
    private const int ParallelWrites = 8;
    private readonly ILogger log = logger ?? NullLogger<FanOutDailyEmails>.Instance;

    /// <summary>Queues the requests and returns how many; none when day D's report does not exist.</summary>
    public async Task<FanOutResult> RunAsync(DateOnly date, CancellationToken cancellationToken)
    {
        // Checked once here rather than failing every subscriber's request five times; only whether it exists, so the
        // fan-out does not pay for the edition (the article is rebuilt from history by the first send, not here).
        if (!await reports.IsBuiltAsync(date, cancellationToken).ConfigureAwait(false))
        {
            log.LogError("No emails queued: the report for {Date} has not been built", DeliveryDates.Key(date));
            return new FanOutResult(date, 0, ReportFound: false);
        }

        var queued = 0;
        await Parallel.ForEachAsync(
            subscribers.ListAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (subscriber, ct) =>
            {
                if (!Cadence.IsDue(subscriber, date)) return; // a weekly reader's digest goes out on their weekday only
                await queue.EnqueueAsync(new EmailRequest(date, subscriber.Id), TimeSpan.Zero, ct).ConfigureAwait(false);
                Interlocked.Increment(ref queued);
            }).ConfigureAwait(false);

        log.LogInformation("Queued {Count} emails for the {Date} report", queued, DeliveryDates.Key(date));
        return new FanOutResult(date, queued, ReportFound: true);
    }
}

public sealed record FanOutResult(DateOnly Date, int Queued, bool ReportFound);
