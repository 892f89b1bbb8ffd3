using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>
/// Which (day, subscriber) deliveries were claimed, sent, failed or rejected. Both writes are conditional, so two
/// attempts racing for the same delivery cannot both win: that is what makes sending idempotent.
/// </summary>
public interface ISendLedger
{
    Task<LedgerEntry?> FindAsync(DateOnly date, string subscriberId, CancellationToken cancellationToken);

    /// <summary>Creates the row only if none exists; returns it with its version, or null when the row already exists.</summary>
    Task<LedgerEntry?> TryAddAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>Replaces the row only if it still has <see cref="LedgerEntry.Version"/>; null when it changed meanwhile.</summary>
    Task<LedgerEntry?> TryUpdateAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces <paramref name="update"/> (only if it still has its version) and creates <paramref name="add"/> (only if
    /// no such row exists) in one atomic write; both rows are of the same day. Returns <paramref name="add"/> as stored,
    /// or null when either condition failed: then neither row was written.
    /// </summary>
    Task<LedgerEntry?> TryUpdateAndAddAsync(LedgerEntry update, LedgerEntry add, CancellationToken cancellationToken);

    /// <summary>Every row for one day.</summary>
    IAsyncEnumerable<LedgerEntry> ListAsync(DateOnly date, CancellationToken cancellationToken);
}
