using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Sends day D's report to one address now (the CLI's `deliver --to`). The send goes through the send ledger like
/// the daily emails: a day already sent to that address is not sent again unless <c>force</c> asks for it, and every
/// send by hand is recorded, so the daily fan-out does not repeat it either. Each gets its own Message-ID so the
/// mailbox does not drop a deliberate resend as a duplicate. A subscriber's preferences apply (a weekly subscriber is
/// refused: they chose the digest, not dailies); any other address gets every asset and the PDF.
/// </summary>
public sealed class DeliverReportByHand(
    ISubscriberStore subscribers,
    IReportEditionSource reports,
    IEmailSender sender,
    IReportEmailComposer composer,
    ISendLedger ledger,
    ReportEmailSettings settings,
    TimeProvider time,
    ILogger<DeliverReportByHand>? logger = null)
{
    private readonly ILogger log = logger ?? NullLogger<DeliverReportByHand>.Instance;

    public Task<DeliveryResult> RunAsync(DateOnly date, string address, CancellationToken cancellationToken) =>
        RunAsync(date, address, force: false, cancellationToken);

    /// <param name="force">Send even when the ledger says this day went to this address already (a deliberate resend).</param>
    public async Task<DeliveryResult> RunAsync(DateOnly date, string address, bool force, CancellationToken cancellationToken)
    {
        var check = EmailAddressRules.Check(address);
        if (!check.IsValid)
        {
            log.LogWarning("Not sending the {Date} report to '{Address}': {Problem}", DeliveryDates.Key(date), address, check.Problem);
            return new DeliveryResult(DeliveryOutcome.Rejected, $"'{address}' is not a usable address: {check.Problem}");
        }

        var id = SubscriberId.For(check.Address!);
        var subscriber = await subscribers.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (subscriber?.Cadence == EmailCadence.Weekly)
        {
            // Their choice holds by hand too: a daily would be an email they asked not to get. Nothing is claimed.
            log.LogInformation("Not sending the {Date} report to {Address}: a weekly subscriber", DeliveryDates.Key(date), check.Address);
            return new DeliveryResult(DeliveryOutcome.Rejected,
                $"not sent: {check.Address} subscribes to the weekly digest ({subscriber.DigestDay}s), not the daily report; deliver sends daily reports only");
        }

        var edition = await reports.FindAsync(date, cancellationToken).ConfigureAwait(false);
        if (edition is null) return new DeliveryResult(DeliveryOutcome.ReportNotFound, $"the report for {DeliveryDates.Key(date)} has not been built");

        // A reader who subscribed again after unsubscribing takes back the days that unsubscribe closed.
        var claim = await ledger.ClaimAsync(date, id, subscriber?.SubscribedAt, time.GetUtcNow(), DeliveryPolicy.Default.ClaimLease, cancellationToken).ConfigureAwait(false);
        if (claim.Status != ClaimStatus.Claimed && !force)
        {
            var seen = claim.Status switch
            {
                ClaimStatus.AlreadySent => $"already sent at {claim.Entry.UpdatedAt:yyyy-MM-dd HH:mm} UTC as {claim.Entry.MessageId}",
                ClaimStatus.AlreadyRejected => $"rejected earlier ({claim.Entry.LastError})",
                ClaimStatus.InProgress => "another send of it is in progress",
                _ => $"an attempt at {claim.Entry.UpdatedAt:yyyy-MM-dd HH:mm} UTC never reported back, so it may have arrived",
            };
            log.LogInformation("Not sending the {Date} report to {Address}: {Reason}", DeliveryDates.Key(date), check.Address, seen);
            return new DeliveryResult(DeliveryOutcome.AlreadySent, $"not sent: the {DeliveryDates.Key(date)} report to {check.Address} was {seen}; --force sends it again", claim.Entry.MessageId);
        }
        // A forced resend takes over the row as it is now; a fresh claim owns it already.
        var held = claim.Status == ClaimStatus.Claimed
            ? claim.Entry
            : await ledger.FindAsync(date, id, cancellationToken).ConfigureAwait(false) ?? claim.Entry;

        subscriber ??= new Subscriber(id, check.Address!, [], EmailFormat.PdfAttached, "", time.GetUtcNow());
        var message = composer.Compose(edition, subscriber with { Address = check.Address! }, settings);
        message = message with { MessageId = message.MessageId.Replace("@", $".manual-{time.GetUtcNow().ToUnixTimeMilliseconds()}@", StringComparison.Ordinal) };
        try
        {
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailSendException ex)
        {
            log.LogWarning("Could not send the {Date} report to {Address}: {Reason}", DeliveryDates.Key(date), check.Address, ex.Message);
            if (claim.Status == ClaimStatus.Claimed)
                await ledger.ReleaseAsync(held, ex.Message, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return new DeliveryResult(ex.Failure == EmailFailure.Rejected ? DeliveryOutcome.Rejected : DeliveryOutcome.Failed, ex.Message);
        }
        await RecordSentAsync(held, message.MessageId, cancellationToken).ConfigureAwait(false);
        log.LogInformation("Sent the {Date} report to {Address} by hand as {MessageId}", DeliveryDates.Key(date), check.Address, message.MessageId);
        return new DeliveryResult(DeliveryOutcome.Sent, $"sent to {check.Address}", message.MessageId);
    }

    /// <summary>Marks the row sent; if another writer changed it meanwhile, once more on the row as it is then.</summary>
    private async Task RecordSentAsync(LedgerEntry held, string messageId, CancellationToken cancellationToken)
    {
        var entry = held with { Attempts = Math.Max(held.Attempts, 1) };
        if (entry.Version is null)
        {
            if (await ledger.TryAddAsync(entry with { State = DeliveryState.Sent, UpdatedAt = time.GetUtcNow(), MessageId = messageId }, cancellationToken).ConfigureAwait(false) is not null)
                return;
            entry = await ledger.FindAsync(entry.Date, entry.SubscriberId, cancellationToken).ConfigureAwait(false) ?? entry;
        }
        if (await ledger.MarkSentAsync(entry, messageId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)) return;
        if (await ledger.FindAsync(entry.Date, entry.SubscriberId, cancellationToken).ConfigureAwait(false) is { } latest)
            await ledger.MarkSentAsync(latest, messageId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }
}
