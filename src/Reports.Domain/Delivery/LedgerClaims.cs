using Reports.Domain.Ports;

namespace Reports.Domain.Delivery;

/// <summary>
/// The claim protocol over the ledger's conditional writes. Claim: create the (day, subscriber) row, or move a
/// Failed row back to Sending if its version is unchanged. Whoever wins a claim is the only attempt allowed to send,
/// and must finish with <see cref="MarkSentAsync"/>, <see cref="ReleaseAsync"/> or <see cref="RejectAsync"/>.
/// </summary>
public static class LedgerClaims
{
    // Losing this many races in a row means other attempts are busy with the row: report it as in progress.
    private const int MaxRounds = 3;

    public static Task<LedgerClaim> ClaimAsync(
        this ISendLedger ledger, DateOnly date, string subscriberId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        ledger.ClaimAsync(date, subscriberId, subscribedSince: null, now, lease, cancellationToken);

    /// <param name="subscribedSince">When the reader (re)subscribed, if known: a row an unsubscribe closed before that
    /// belongs to their earlier subscription, so it is claimed like a failed one instead of refusing the send.</param>
    public static async Task<LedgerClaim> ClaimAsync(
        this ISendLedger ledger, DateOnly date, string subscriberId, DateTimeOffset? subscribedSince, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var fresh = Fresh(date, subscriberId, now, lease);
        var latest = fresh;
        for (var round = 0; round < MaxRounds; round++)
        {
            if (await ledger.TryAddAsync(fresh, cancellationToken).ConfigureAwait(false) is { } added)
                return new LedgerClaim(ClaimStatus.Claimed, added);

            var existing = await ledger.FindAsync(date, subscriberId, cancellationToken).ConfigureAwait(false);
            if (existing is null) continue; // deleted between the two calls: try creating it again
            latest = existing;
            switch (existing.State)
            {
                case DeliveryState.Sent:
                    return new LedgerClaim(ClaimStatus.AlreadySent, existing);
                case DeliveryState.Rejected when !(IsUnsubscribe(existing) && subscribedSince > existing.UpdatedAt):
                    return new LedgerClaim(ClaimStatus.AlreadyRejected, existing);
                case DeliveryState.Sending:
                    return new LedgerClaim(existing.LeaseUntil > now ? ClaimStatus.InProgress : ClaimStatus.OutcomeUnknown, existing);
                case DeliveryState.Failed or DeliveryState.Rejected:
                    var retry = existing with { State = DeliveryState.Sending, Attempts = existing.Attempts + 1, UpdatedAt = now, LeaseUntil = now + lease };
                    if (await ledger.TryUpdateAsync(retry, cancellationToken).ConfigureAwait(false) is { } claimed)
                        return new LedgerClaim(ClaimStatus.Claimed, claimed);
                    break; // another attempt moved it first: look again
                default:
                    throw new InvalidOperationException($"Unknown delivery state {existing.State}.");
            }
        }
        return new LedgerClaim(ClaimStatus.InProgress, latest);
    }

    /// <summary>
    /// Marks <paramref name="sending"/> sent and claims the same day's delivery to <paramref name="nextSubscriberId"/>
    /// in one write (a batch's sends cost one ledger round trip each). When that write fails (the next row exists: a duplicate request, a retry, an unsubscribe;
    /// or this claim was lost) it falls back to the mark and the claim one after the other.
    /// </summary>
    /// <returns>Whether the mark was written (false: the claim was lost meanwhile, the email went out all the same), and the next claim.</returns>
    public static async Task<(bool Marked, LedgerClaim Next)> MarkSentAndClaimAsync(
        this ISendLedger ledger, LedgerEntry sending, string messageId, string nextSubscriberId, DateTimeOffset? subscribedSince,
        DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var sent = Sent(sending, messageId, now);
        if (await ledger.TryUpdateAndAddAsync(sent, Fresh(sending.Date, nextSubscriberId, now, lease), cancellationToken).ConfigureAwait(false) is { } added)
            return (true, new LedgerClaim(ClaimStatus.Claimed, added));
        var marked = await ledger.TryUpdateAsync(sent, cancellationToken).ConfigureAwait(false) is not null;
        return (marked, await ledger.ClaimAsync(sending.Date, nextSubscriberId, subscribedSince, now, lease, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>False when the claim was lost meanwhile (the row changed): the email went out all the same.</summary>
    public static async Task<bool> MarkSentAsync(this ISendLedger ledger, LedgerEntry claimed, string messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ledger.TryUpdateAsync(Sent(claimed, messageId, now), cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Gives the claim back after a failure so that a later attempt can claim it.</summary>
    public static async Task<bool> ReleaseAsync(this ISendLedger ledger, LedgerEntry claimed, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ledger.TryUpdateAsync(claimed with { State = DeliveryState.Failed, UpdatedAt = now, LeaseUntil = null, LastError = reason }, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Closes the delivery for good: it will not be sent.</summary>
    public static async Task<bool> RejectAsync(this ISendLedger ledger, LedgerEntry claimed, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ledger.TryUpdateAsync(claimed with { State = DeliveryState.Rejected, UpdatedAt = now, LeaseUntil = null, LastError = reason }, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// What an unsubscribe does before the subscriber row goes: a Rejected ("unsubscribed") row for every report day
    /// whose requests may still be queued (<see cref="InFlight.DaysToClose"/>), so the claim of any such request (an
    /// insert) fails from now on. That is the whole subscription check of a send that carries its snapshot. Rows
    /// already there are left alone: sent is sent, one in Sending is being sent now, and a failed one is re-claimed
    /// only after a subscriber lookup.
    /// </summary>
    public static Task CloseForUnsubscribeAsync(this ISendLedger ledger, string subscriberId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.WhenAll(InFlight.DaysToClose(now).Select(day =>
            ledger.TryAddAsync(new LedgerEntry(day, subscriberId, DeliveryState.Rejected, 0, now, LastError: InFlight.Unsubscribed), cancellationToken)));

    private static bool IsUnsubscribe(LedgerEntry entry) => entry.LastError == InFlight.Unsubscribed;

    private static LedgerEntry Fresh(DateOnly date, string subscriberId, DateTimeOffset now, TimeSpan lease) =>
        new(date, subscriberId, DeliveryState.Sending, 1, now, now + lease);

    private static LedgerEntry Sent(LedgerEntry claimed, string messageId, DateTimeOffset now) =>
        claimed with { State = DeliveryState.Sent, UpdatedAt = now, LeaseUntil = null, MessageId = messageId, LastError = null };
}
