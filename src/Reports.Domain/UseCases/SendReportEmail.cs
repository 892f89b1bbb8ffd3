using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reports.Domain.Archive;
using Reports.Domain.Delivery;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// Handles one queue message: for each of its requests, in order, claim the (day, subscriber) delivery in the ledger,
/// send, mark it sent. A failure gives the claim back and queues the next attempt with a growing delay; after the
/// last attempt the request goes to the poison queue with the reason. A duplicate request finds the delivery claimed
/// or sent and sends nothing.
/// </summary>
/// <remarks>
/// Round trips per email: a request carrying its subscriber snapshot reads no subscriber row (the claim's insert is
/// the subscription check: an unsubscribe writes a Rejected row first, <see cref="LedgerClaims.CloseForUnsubscribeAsync"/>),
/// and each email's Sent mark goes in one write with the next email's claim. That write is made while the mail server
/// takes the email between them, so the ledger round trip is off the sending path: a batch of n costs n + 2 ledger
/// writes, about one per email, and a crash leaves at most two of its rows in Sending (the email being sent, outcome
/// unknown, and the next one, claimed but not sent; neither is re-sent automatically).
/// </remarks>
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

    /// <summary>A message of one request.</summary>
    public async Task<DeliveryResult> RunAsync(EmailRequest request, CancellationToken cancellationToken) =>
        (await RunAsync([request], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// What happened to each request, in order. Retries and deferrals are queued at the end, one message per delay.
    /// Throws only when the queue or the ledger cannot be written; then the host delivers the message again, and the
    /// requests already sent find their rows Sent.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryResult>> RunAsync(IReadOnlyList<EmailRequest> requests, CancellationToken cancellationToken)
    {
        var run = new Run();
        var results = new List<DeliveryResult>(requests.Count);
        try
        {
            for (var i = 0; i < requests.Count; i++)
            {
                run.Next = i + 1 < requests.Count ? requests[i + 1] : null;
                results.Add(run.SkipReason is { } reason
                    ? await SkipAsync(requests[i], $"not tried after the batch's previous send failed: {reason}", run, cancellationToken).ConfigureAwait(false)
                    : await HandleAsync(requests[i], run, cancellationToken).ConfigureAwait(false));
            }
            await MarkPendingAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The emails the server accepted are recorded even when the batch stops (storage failing, host shutting
            // down), and a claim made ahead for a request it will not reach is given back; left alone, either row
            // would stay in Sending and later count as "outcome unknown".
            await TryReleaseAheadAsync(run).ConfigureAwait(false);
            await TryMarkPendingAsync(run).ConfigureAwait(false);
            throw;
        }
        foreach (var group in run.Later.GroupBy(l => l.Delay))
            await queue.EnqueueAsync(group.Select(l => l.Request).ToList(), group.Key, cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<DeliveryResult> HandleAsync(EmailRequest request, Run run, CancellationToken cancellationToken)
    {
        var (date, id) = (request.Date, request.SubscriberId);
        // A claim written while the previous email was sent was made for a due reader's trusted snapshot.
        var ahead = run.TakeAhead(request);
        var snapshot = ahead?.Reader ?? TrustedSnapshot(request);
        var subscriber = snapshot ?? await subscribers.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (subscriber is null) return NotSubscribed(date, id);
        if (!Cadence.IsDue(subscriber, date))
        {
            log.LogInformation("Skipping the {Date} report for subscriber {SubscriberId}: weekly digest on {DigestDay}", Key(date), id, subscriber.DigestDay);
            return new DeliveryResult(DeliveryOutcome.NotDue, $"subscriber {id} takes a weekly digest on {subscriber.DigestDay}");
        }

        var claim = ahead?.Claim ?? await ClaimAfterPreviousAsync(run, request, subscriber, cancellationToken).ConfigureAwait(false);
        switch (claim.Status)
        {
            case ClaimStatus.AlreadySent:
                log.LogInformation("Not sending the {Date} report to subscriber {SubscriberId} again: sent at {SentAt} as {MessageId}",
                    Key(date), id, claim.Entry.UpdatedAt, claim.Entry.MessageId);
                return new DeliveryResult(DeliveryOutcome.AlreadySent, $"already sent at {claim.Entry.UpdatedAt:O}", claim.Entry.MessageId);
            case ClaimStatus.AlreadyRejected when claim.Entry.LastError == InFlight.Unsubscribed:
                return NotSubscribed(date, id);
            case ClaimStatus.AlreadyRejected:
                log.LogInformation("Not sending the {Date} report to subscriber {SubscriberId}: rejected earlier ({Reason})", Key(date), id, claim.Entry.LastError);
                return new DeliveryResult(DeliveryOutcome.Rejected, $"rejected earlier: {claim.Entry.LastError}");
            case ClaimStatus.InProgress:
                return Defer(request, claim.Entry, run);
            case ClaimStatus.OutcomeUnknown:
                var unknown = $"an attempt claimed this delivery at {claim.Entry.UpdatedAt:O} and never reported back, so the reader may already have " +
                              "the email; not sending it again automatically (check the mail service's log, then send by hand if needed)";
                return await PoisonAsync(request, unknown, cancellationToken).ConfigureAwait(false);
        }

        if (snapshot is not null && claim.Entry.Attempts > 1)
        {
            // A retry: the unsubscribe that closed this day leaves a failed row alone, so the snapshot is not enough.
            subscriber = await subscribers.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (subscriber is null)
            {
                await ledger.RejectAsync(claim.Entry, InFlight.Unsubscribed, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                return NotSubscribed(date, id);
            }
        }
        return await SendClaimedAsync(request, subscriber, claim.Entry, run, cancellationToken).ConfigureAwait(false);
    }

    private Subscriber? TrustedSnapshot(EmailRequest request) =>
        request.Reader is { } reader && reader.Id == request.SubscriberId && InFlight.TrustsSnapshot(request.Date, time.GetUtcNow()) ? reader : null;

    /// <summary>
    /// Claims the request's delivery after writing the Sent marks still pending: the last one in the same write as the
    /// claim when it can. Run while nothing else writes the run's marks (before a send, or during it as the only writer).
    /// </summary>
    private async Task<LedgerClaim> ClaimAfterPreviousAsync(Run run, EmailRequest request, Subscriber subscriber, CancellationToken cancellationToken)
    {
        var pending = Pending(run);
        var previous = pending.Count > 0 ? pending[^1] : null;
        // A retry's row exists already, so the combined write would only fail and cost a round trip.
        var combined = previous is not null && request.Attempt == 1 && previous.Entry.Date == request.Date;
        await MarkAllAsync(combined ? pending[..^1] : pending, cancellationToken).ConfigureAwait(false);
        if (combined)
        {
            var (marked, next) = await ledger.MarkSentAndClaimAsync(previous!.Entry, previous.MessageId, request.SubscriberId, subscriber.SubscribedAt,
                time.GetUtcNow(), policy.ClaimLease, cancellationToken).ConfigureAwait(false);
            previous.Marked = true;
            if (!marked) LogMarkLost(previous);
            return next;
        }
        return await ledger.ClaimAsync(request.Date, request.SubscriberId, subscriber.SubscribedAt, time.GetUtcNow(), policy.ClaimLease, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The ledger write made while this email is sent: the previous email's Sent mark and, when the batch's next request
    /// carries a trusted snapshot of a due reader, that request's claim. Null when nothing was claimed.
    /// </summary>
    private async Task<ClaimedAhead?> WriteAheadAsync(Run run, EmailRequest sending, CancellationToken cancellationToken)
    {
        // A duplicate of the email being sent is claimed after it, when it finds the row Sent rather than in progress.
        var next = run.Next is { } n && (n.Date, n.SubscriberId) != (sending.Date, sending.SubscriberId) ? n : null;
        var reader = next is null ? null : TrustedSnapshot(next);
        if (next is null || reader is null || !Cadence.IsDue(reader, next.Date))
        {
            await MarkAllAsync(Pending(run), cancellationToken).ConfigureAwait(false);
            return null;
        }
        return new ClaimedAhead(next, reader, await ClaimAfterPreviousAsync(run, next, reader, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Waits for the write made during the send and keeps what it claimed; the marks it wrote leave the run.</summary>
    private static async Task SettleAsync(Run run, Task<ClaimedAhead?> ahead)
    {
        try
        {
            run.Ahead = await ahead.ConfigureAwait(false);
        }
        finally
        {
            run.Unmarked.RemoveAll(u => u.Marked);
        }
    }

    /// <summary>A request of a batch that stopped sending: its claim made ahead, if any, is given back, then it is retried.</summary>
    private async Task<DeliveryResult> SkipAsync(EmailRequest request, string reason, Run run, CancellationToken cancellationToken)
    {
        if (run.TakeAhead(request) is { Claim: { Status: ClaimStatus.Claimed, Entry: var claimed } })
            await ledger.ReleaseAsync(claimed, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await RetryOrPoisonAsync(request, reason, run, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryResult> SendClaimedAsync(EmailRequest request, Subscriber subscriber, LedgerEntry claimed, Run run, CancellationToken cancellationToken)
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
        var ahead = NothingAhead;
        try
        {
            var edition = await reports.FindAsync(date, cancellationToken).ConfigureAwait(false)
                          ?? throw new EmailSendException(EmailFailure.Transient, $"the report for {Key(date)} has not been built");
            var reader = subscriber with { Address = address.Address! };
            message = subscriber.Cadence == EmailCadence.Weekly
                ? composer.ComposeDigest(edition, await WeekAsync(edition, cancellationToken).ConfigureAwait(false), reader, settings)
                : composer.Compose(edition, reader, settings);
            // The ledger's round trip runs while the server takes the email, so it costs the batch no time of its own.
            ahead = WriteAheadAsync(run, request, cancellationToken);
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (EmailSendException ex) when (ex.Failure == EmailFailure.Rejected)
        {
            log.LogWarning("The mail server refused the {Date} report for subscriber {SubscriberId} ({Address}): {Reason}", Key(date), id, address.Address, ex.Message);
            try
            {
                await ledger.RejectAsync(claimed, ex.Message, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await SettleAsync(run, ahead).ConfigureAwait(false);
            }
            return new DeliveryResult(DeliveryOutcome.Rejected, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled before the server accepted the message (MailKit does not finish DATA), so nothing went out.
            try
            {
                await ledger.ReleaseAsync(claimed, "cancelled (host shutting down)", time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                // What the write did is kept so the batch's stop can give a claim it made back; its own cancellation is not news.
                try { await SettleAsync(run, ahead).ConfigureAwait(false); }
                catch (Exception) { }
            }
            throw;
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Attempt {Attempt} of {MaxAttempts} to send the {Date} report to subscriber {SubscriberId} failed: {Reason}",
                request.Attempt, policy.MaxAttempts, Key(date), id, ex.Message);
            try
            {
                await ledger.ReleaseAsync(claimed, ex.Message, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await SettleAsync(run, ahead).ConfigureAwait(false);
            }
            // The same server or report would fail the batch's other sends too, each after its own timeout: they go
            // with this one's retry instead of being tried now.
            run.SkipReason = ex.Message;
            return await RetryOrPoisonAsync(request, ex.Message, run, cancellationToken).ConfigureAwait(false);
        }

        run.Unmarked.Add(new Unmarked(claimed, message.MessageId, request));
        await SettleAsync(run, ahead).ConfigureAwait(false);
        log.LogInformation("Sent the {Date} report to subscriber {SubscriberId} as {MessageId} (attempt {Attempt})", Key(date), id, message.MessageId, request.Attempt);
        return new DeliveryResult(DeliveryOutcome.Sent, $"sent to {address.Address}", message.MessageId);
    }

    private async Task MarkPendingAsync(Run run, CancellationToken cancellationToken)
    {
        await MarkAllAsync(Pending(run), cancellationToken).ConfigureAwait(false);
        run.Unmarked.Clear();
    }

    /// <summary>The run's emails whose Sent mark is still to be written, taken now: the write made during a send works on
    /// this copy while the batch adds the email it just sent.</summary>
    private static List<Unmarked> Pending(Run run) => run.Unmarked.Where(u => !u.Marked).ToList();

    private async Task MarkAllAsync(IReadOnlyList<Unmarked> sent, CancellationToken cancellationToken)
    {
        foreach (var one in sent) await MarkAsync(one, cancellationToken).ConfigureAwait(false);
    }

    private async Task MarkAsync(Unmarked sent, CancellationToken cancellationToken)
    {
        var marked = await ledger.MarkSentAsync(sent.Entry, sent.MessageId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        sent.Marked = true;
        if (!marked) LogMarkLost(sent);
    }

    private async Task TryMarkPendingAsync(Run run)
    {
        foreach (var sent in Pending(run))
        {
            try
            {
                await MarkAsync(sent, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Sent the {Date} report to subscriber {SubscriberId} as {MessageId} but could not mark it sent ({Reason}): its row stays in Sending, so it is never sent again automatically",
                    Key(sent.Request.Date), sent.Request.SubscriberId, sent.MessageId, ex.Message);
            }
        }
    }

    private async Task TryReleaseAheadAsync(Run run)
    {
        if (run.Ahead is not { Claim: { Status: ClaimStatus.Claimed, Entry: var claimed } } ahead) return;
        try
        {
            await ledger.ReleaseAsync(claimed, "not tried: the batch stopped before it", time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Claimed the {Date} report for subscriber {SubscriberId} ahead of sending it but could not give the claim back ({Reason}): nothing was sent, yet its row stays in Sending",
                Key(ahead.Request.Date), ahead.Request.SubscriberId, ex.Message);
        }
    }

    private void LogMarkLost(Unmarked sent) =>
        log.LogError("Sent the {Date} report to subscriber {SubscriberId} as {MessageId} but could not mark it sent: the ledger row changed meanwhile",
            Key(sent.Request.Date), sent.Request.SubscriberId, sent.MessageId);

    private DeliveryResult NotSubscribed(DateOnly date, string id)
    {
        log.LogInformation("Skipping the {Date} report for subscriber {SubscriberId}: no longer subscribed", Key(date), id);
        return new DeliveryResult(DeliveryOutcome.NotSubscribed, $"subscriber {id} is no longer subscribed");
    }

    private async Task<DeliveryResult> RetryOrPoisonAsync(EmailRequest request, string reason, Run run, CancellationToken cancellationToken)
    {
        if (request.Attempt >= policy.MaxAttempts)
            return await PoisonAsync(request, $"gave up after {request.Attempt} attempts; last error: {reason}", cancellationToken).ConfigureAwait(false);

        var delay = policy.RetryDelay(request.Attempt);
        run.Later.Add((request with { Attempt = request.Attempt + 1 }, delay));
        log.LogInformation("Queued attempt {Attempt} for the {Date} report to subscriber {SubscriberId} in {Delay}",
            request.Attempt + 1, Key(request.Date), request.SubscriberId, delay);
        return new DeliveryResult(DeliveryOutcome.RetryScheduled, $"attempt {request.Attempt} failed ({reason}); attempt {request.Attempt + 1} in {delay}");
    }

    private async Task<DeliveryResult> PoisonAsync(EmailRequest request, string reason, CancellationToken cancellationToken)
    {
        // Without the snapshot: a person resends by hand, or puts the request back, and then the subscriber is looked up.
        await queue.PoisonAsync(new FailedEmailRequest(request with { Reader = null }, reason, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        log.LogError("Moved the {Date} report for subscriber {SubscriberId} to the poison queue: {Reason}", Key(request.Date), request.SubscriberId, reason);
        return new DeliveryResult(DeliveryOutcome.Poisoned, reason);
    }

    private DeliveryResult Defer(EmailRequest request, LedgerEntry held, Run run)
    {
        // Come back once the other attempt's lease is over: by then it is sent, failed (and retried by its owner), or unknown.
        var remaining = (held.LeaseUntil ?? time.GetUtcNow()) - time.GetUtcNow();
        var delay = TimeSpan.FromTicks(Math.Clamp(remaining.Ticks, 0, policy.ClaimLease.Ticks)) + TimeSpan.FromSeconds(1);
        run.Later.Add((request, delay));
        log.LogInformation("The {Date} report for subscriber {SubscriberId} is being sent by another attempt; checking again in {Delay}",
            Key(request.Date), request.SubscriberId, delay);
        return new DeliveryResult(DeliveryOutcome.Deferred, $"another attempt holds the claim until {held.LeaseUntil:O}");
    }

    /// <summary>The digest's editions, newest first: the archived ones of the 7 days ending on the edition's day.</summary>
    private async Task<IReadOnlyList<EditionEntry>> WeekAsync(ReportEdition latest, CancellationToken cancellationToken)
    {
        var newest = new EditionEntry(latest.Date, latest.Summary.Headline, latest.Summary.Standfirst);
        if (editions is null) return [newest];
        var listed = await editions.ListAsync(latest.Date, 0, Cadence.WeekDays, cancellationToken).ConfigureAwait(false);
        return [newest, .. listed.Entries.Where(e => e.Date < latest.Date && e.Date >= Cadence.WeekStart(latest.Date))];
    }

    private static string Key(DateOnly date) => DeliveryDates.Key(date);

    private static readonly Task<ClaimedAhead?> NothingAhead = Task.FromResult<ClaimedAhead?>(null);

    /// <summary>An email the server accepted whose Sent mark is still to be written (with the next claim, or at the end).</summary>
    private sealed record Unmarked(LedgerEntry Entry, string MessageId, EmailRequest Request)
    {
        /// <summary>Written, by the batch or by the write made during the next send.</summary>
        public bool Marked { get; set; }
    }

    /// <summary>The next request's claim, written while the previous email was sent, for the reader it was made for.</summary>
    private sealed record ClaimedAhead(EmailRequest Request, Subscriber Reader, LedgerClaim Claim);

    /// <summary>One message's handling.</summary>
    private sealed class Run
    {
        /// <summary>Sent, mark pending: the previous email until the write made during this send records it, and this one.</summary>
        public List<Unmarked> Unmarked { get; } = [];

        /// <summary>The request after the one being handled.</summary>
        public EmailRequest? Next { get; set; }

        public ClaimedAhead? Ahead { get; set; }

        /// <summary>The claim made ahead for <paramref name="request"/>, taken once: it is always for the request after the one that sent.</summary>
        public ClaimedAhead? TakeAhead(EmailRequest request)
        {
            var ahead = Ahead;
            Ahead = null;
            return ahead is not null && ReferenceEquals(ahead.Request, request) ? ahead : null;
        }

        /// <summary>Set when a send failed in a way that would fail the rest too: they are scheduled, not tried.</summary>
        public string? SkipReason { get; set; }

        public List<(EmailRequest Request, TimeSpan Delay)> Later { get; } = [];
    }
}
