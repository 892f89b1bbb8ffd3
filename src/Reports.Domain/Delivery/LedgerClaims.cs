using Reports.Domain.Ports;

namespace Reports.Domain.Delivery;

/// <summary>
/// The claim protocol over the ledger's two conditional writes. Claim: create the (day, subscriber) row, or move a
/// Failed row back to Sending if its version is unchanged. Whoever wins a claim is the only attempt allowed to send,
/// and must finish with <see cref="MarkSentAsync"/>, <see cref="ReleaseAsync"/> or <see cref="RejectAsync"/>.
/// </summary>
public static class LedgerClaims
{
    // Losing this many races in a row means other attempts are busy with the row: report it as in progress.
    private const int MaxRounds = 3;

    public static async Task<LedgerClaim> ClaimAsync(
        this ISendLedger ledger, DateOnly date, string subscriberId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var fresh = new LedgerEntry(date, subscriberId, DeliveryState.Sending, 1, now, now + lease);
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
                case DeliveryState.Rejected:
                    return new LedgerClaim(ClaimStatus.AlreadyRejected, existing);
                case DeliveryState.Sending:
                    return new LedgerClaim(existing.LeaseUntil > now ? ClaimStatus.InProgress : ClaimStatus.OutcomeUnknown, existing);
                case DeliveryState.Failed:
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

    /// <summary>False when the claim was lost meanwhile (the row changed): the email went out all the same.</summary>
    public static async Task<bool> MarkSentAsync(this ISendLedger ledger, LedgerEntry claimed, string messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ledger.TryUpdateAsync(claimed with { State = DeliveryState.Sent, UpdatedAt = now, LeaseUntil = null, MessageId = messageId, LastError = null }, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Gives the claim back after a failure so that a later attempt can claim it.</summary>
    public static async Task<bool> ReleaseAsync(this ISendLedger ledger, LedgerEntry claimed, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ledger.TryUpdateAsync(claimed with { State = DeliveryState.Failed, UpdatedAt = now, LeaseUntil = null, LastError = reason }, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Closes the delivery for good: it will not be sent.</summary>
    public static async Task<bool> RejectAsync(this ISendLedger ledger, LedgerEntry claimed, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ledger.TryUpdateAsync(claimed with { State = DeliveryState.Rejected, UpdatedAt = now, LeaseUntil = null, LastError = reason }, cancellationToken).ConfigureAwait(false) is not null;
}
