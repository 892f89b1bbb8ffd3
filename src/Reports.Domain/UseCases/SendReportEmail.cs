using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Archive;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Handles one queued request: claim the (day, subscriber) delivery in the ledger, send, mark it sent. A failure
/// gives the claim back and queues the next attempt with a growing delay; after the last attempt the request goes to
/// the poison queue with the reason. A duplicate request finds the delivery claimed or sent and sends nothing.
/// </summary>
public sealed class SendReportEmail(
    ISubscriberStore subscribers,
    ISendLedger ledger,
    IReportEditionSource reports,
    IEmailSender sender,
    IEmailRequestQueue queue,
    IReportEmailComposer composer,
    ReportEmailSettings settings,
    DeliveryPolicy policy,
    TimeProvider time,
    ILogger<SendReportEmail>? logger = null,
    IEditionIndex? editions = null)
{
    private readonly ILogger log = logger ?? NullLogger<SendReportEmail>.Instance;

    /// <summary>Throws only when the queue or the ledger cannot be written; then the host's own retry takes over.</summary>
    public async Task<DeliveryResult> RunAsync(EmailRequest request, CancellationToken cancellationToken)
    {
        var (date, id) = (request.Date, request.SubscriberId);
        var subscriber = await subscribers.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (subscriber is null)
        {
            log.LogInformation("Skipping the {Date} report for subscriber {SubscriberId}: no longer subscribed", Key(date), id);
            return new DeliveryResult(DeliveryOutcome.NotSubscribed, $"subscriber {id} is no longer subscribed");
        }
        if (!Cadence.IsDue(subscriber, date))
        {
            log.LogInformation("Skipping the {Date} report for subscriber {SubscriberId}: weekly digest on {DigestDay}", Key(date), id, subscriber.DigestDay);
            return new DeliveryResult(DeliveryOutcome.NotDue, $"subscriber {id} takes a weekly digest on {subscriber.DigestDay}");
        }

        var claim = await ledger.ClaimAsync(date, id, time.GetUtcNow(), policy.ClaimLease, cancellationToken).ConfigureAwait(false);
        switch (claim.Status)
        {
            case ClaimStatus.AlreadySent:
                log.LogInformation("Not sending the {Date} report to subscriber {SubscriberId} again: sent at {SentAt} as {MessageId}",
                    Key(date), id, claim.Entry.UpdatedAt, claim.Entry.MessageId);
                return new DeliveryResult(DeliveryOutcome.AlreadySent, $"already sent at {claim.Entry.UpdatedAt:O}", claim.Entry.MessageId);
            case ClaimStatus.AlreadyRejected:
                log.LogInformation("Not sending the {Date} report to subscriber {SubscriberId}: rejected earlier ({Reason})", Key(date), id, claim.Entry.LastError);
                return new DeliveryResult(DeliveryOutcome.Rejected, $"rejected earlier: {claim.Entry.LastError}");
            case ClaimStatus.InProgress:
                return await DeferAsync(request, claim.Entry, cancellationToken).ConfigureAwait(false);
            case ClaimStatus.OutcomeUnknown:
                var unknown = $"an attempt claimed this delivery at {claim.Entry.UpdatedAt:O} and never reported back, so the reader may already have " +
                              "the email; not sending it again automatically (check the mail service's log, then send by hand if needed)";
                return await PoisonAsync(request, unknown, cancellationToken).ConfigureAwait(false);
        }

        return await SendClaimedAsync(request, subscriber, claim.Entry, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryResult> SendClaimedAsync(EmailRequest request, Subscriber subscriber, LedgerEntry claimed, CancellationToken cancellationToken)
    {
        var (date, id) = (request.Date, request.SubscriberId);
        var address = EmailAddressRules.Check(subscriber.Address);
        if (!address.IsValid)
        {
            var reason = $"invalid address '{subscriber.Address}': {address.Problem}";
            log.LogWarning("Not sending the {Date} report to subscriber {SubscriberId}: invalid address '{Address}' ({Problem})",
                Key(date), id, subscriber.Address, address.Problem);
            await ledger.RejectAsync(claimed, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new DeliveryResult(DeliveryOutcome.Rejected, reason);
        }

        EmailMessage message;
        try
        {
            var edition = await reports.FindAsync(date, cancellationToken).ConfigureAwait(false)
                          ?? throw new EmailSendException(EmailFailure.Transient, $"the report for {Key(date)} has not been built");
            var reader = subscriber with { Address = address.Address! };
            message = subscriber.Cadence == EmailCadence.Weekly
                ? composer.ComposeDigest(edition, await WeekAsync(edition, cancellationToken).ConfigureAwait(false), reader, settings)
                : composer.Compose(edition, reader, settings);
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailSendException ex) when (ex.Failure == EmailFailure.Rejected)
        {
            log.LogWarning("The mail server refused the {Date} report for subscriber {SubscriberId} ({Address}): {Reason}", Key(date), id, address.Address, ex.Message);
            await ledger.RejectAsync(claimed, ex.Message, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new DeliveryResult(DeliveryOutcome.Rejected, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled before the server accepted the message (MailKit does not finish DATA), so nothing went out.
            await ledger.ReleaseAsync(claimed, "cancelled (host shutting down)", time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Attempt {Attempt} of {MaxAttempts} to send the {Date} report to subscriber {SubscriberId} failed: {Reason}",
                request.Attempt, policy.MaxAttempts, Key(date), id, ex.Message);
            await ledger.ReleaseAsync(claimed, ex.Message, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return await RetryOrPoisonAsync(request, ex.Message, cancellationToken).ConfigureAwait(false);
        }

        if (!await ledger.MarkSentAsync(claimed, message.MessageId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            log.LogError("Sent the {Date} report to subscriber {SubscriberId} as {MessageId} but could not mark it sent: the ledger row changed meanwhile",
                Key(date), id, message.MessageId);
        }
        log.LogInformation("Sent the {Date} report to subscriber {SubscriberId} as {MessageId} (attempt {Attempt})", Key(date), id, message.MessageId, request.Attempt);
        return new DeliveryResult(DeliveryOutcome.Sent, $"sent to {address.Address}", message.MessageId);
    }

    private async Task<DeliveryResult> RetryOrPoisonAsync(EmailRequest request, string reason, CancellationToken cancellationToken)
    {
        if (request.Attempt >= policy.MaxAttempts)
            return await PoisonAsync(request, $"gave up after {request.Attempt} attempts; last error: {reason}", cancellationToken).ConfigureAwait(false);

        var delay = policy.RetryDelay(request.Attempt);
        await queue.EnqueueAsync(request with { Attempt = request.Attempt + 1 }, delay, cancellationToken).ConfigureAwait(false);
        log.LogInformation("Queued attempt {Attempt} for the {Date} report to subscriber {SubscriberId} in {Delay}",
            request.Attempt + 1, Key(request.Date), request.SubscriberId, delay);
        return new DeliveryResult(DeliveryOutcome.RetryScheduled, $"attempt {request.Attempt} failed ({reason}); attempt {request.Attempt + 1} in {delay}");
    }

    private async Task<DeliveryResult> PoisonAsync(EmailRequest request, string reason, CancellationToken cancellationToken)
    {
        await queue.PoisonAsync(new FailedEmailRequest(request, reason, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        log.LogError("Moved the {Date} report for subscriber {SubscriberId} to the poison queue: {Reason}", Key(request.Date), request.SubscriberId, reason);
        return new DeliveryResult(DeliveryOutcome.Poisoned, reason);
    }

    private async Task<DeliveryResult> DeferAsync(EmailRequest request, LedgerEntry held, CancellationToken cancellationToken)
    {
        // Come back once the other attempt's lease is over: by then it is sent, failed (and retried by its owner), or unknown.
        var remaining = (held.LeaseUntil ?? time.GetUtcNow()) - time.GetUtcNow();
        var delay = TimeSpan.FromTicks(Math.Clamp(remaining.Ticks, 0, policy.ClaimLease.Ticks)) + TimeSpan.FromSeconds(1);
        await queue.EnqueueAsync(request, delay, cancellationToken).ConfigureAwait(false);
        log.LogInformation("The {Date} report for subscriber {SubscriberId} is being sent by another attempt; checking again in {Delay}",
            Key(request.Date), request.SubscriberId, delay);
        return new DeliveryResult(DeliveryOutcome.Deferred, $"another attempt holds the claim until {held.LeaseUntil:O}");
    }

    /// <summary>The digest's editions, newest first: the archived ones of the 7 days ending on the edition's day.</summary>
    private async Task<IReadOnlyList<EditionEntry>> WeekAsync(ReportEdition latest, CancellationToken cancellationToken)
    {
        var newest = new EditionEntry(latest.Date, latest.Article.Headline, latest.Article.Standfirst);
        if (editions is null) return [newest];
        var listed = await editions.ListAsync(latest.Date, 0, Cadence.WeekDays, cancellationToken).ConfigureAwait(false);
        return [newest, .. listed.Entries.Where(e => e.Date < latest.Date && e.Date >= Cadence.WeekStart(latest.Date))];
    }

    private static string Key(DateOnly date) => DeliveryDates.Key(date);
}
