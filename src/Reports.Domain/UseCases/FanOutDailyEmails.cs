using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Queues the send requests for day D (every daily subscriber; weekly ones on their digest day), up to
/// <see cref="MaxPerMessage"/> subscribers a message, each with the subscriber as listed here, so a send reads no
/// subscriber row. Running it twice is harmless: the send ledger lets only one request per (day, subscriber) send.
/// </summary>
public sealed class FanOutDailyEmails(
    ISubscriberStore subscribers,
    IEmailRequestQueue queue,
    IReportEditionSource reports,
    ILogger<FanOutDailyEmails>? logger = null)
{
    /// <summary>
    /// Subscribers per queue message. A message's sends run one after the other, each ~one SMTP exchange plus one ledger
    /// write, so 50 take seconds, far inside a claim's lease and the function timeout; more would spread the day over
    /// fewer instances. 50 snapshots are ~15 KB of JSON (~30 KB with the longest addresses), under the queue's 48 KiB
    /// (the queue splits a larger one).
    /// </summary>
    public const int MaxPerMessage = 50;

    // Queue writes are small and independent; a few in flight hides their latency without flooding the account.
    private const int ParallelWrites = 8;
    private readonly ILogger log = logger ?? NullLogger<FanOutDailyEmails>.Instance;

    /// <summary>Queues the requests and returns how many; none when day D's report does not exist.</summary>
    public async Task<FanOutResult> RunAsync(DateOnly date, CancellationToken cancellationToken)
    {
        // Checked once here rather than failing every subscriber's request five times; only whether it exists, so the
        // fan-out does not pay for the edition.
        if (!await reports.IsBuiltAsync(date, cancellationToken).ConfigureAwait(false))
        {
            log.LogError("No emails queued: the report for {Date} has not been built", DeliveryDates.Key(date));
            return new FanOutResult(date, 0, ReportFound: false);
        }

        var queued = 0;
        var due = subscribers.ListAsync(cancellationToken)
            .Where(s => Cadence.IsDue(s, date)) // a weekly reader's digest goes out on their weekday only
            .Select(s => EmailRequest.For(date, s))
            .Chunk(MaxPerMessage);
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                await queue.EnqueueAsync(batch, TimeSpan.Zero, ct).ConfigureAwait(false);
                Interlocked.Add(ref queued, batch.Length);
            }).ConfigureAwait(false);

        log.LogInformation("Queued {Count} emails for the {Date} report", queued, DeliveryDates.Key(date));
        return new FanOutResult(date, queued, ReportFound: true);
    }
}

public sealed record FanOutResult(DateOnly Date, int Queued, bool ReportFound);
