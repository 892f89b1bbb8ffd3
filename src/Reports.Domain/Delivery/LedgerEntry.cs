namespace Reports.Domain.Delivery;

/// <summary>One row of the send ledger, keyed by (day, subscriber).</summary>
/// <param name="Attempts">How many attempts have claimed this delivery so far.</param>
/// <param name="LeaseUntil">While <see cref="DeliveryState.Sending"/>: until when the claiming attempt owns it.</param>
/// <param name="Version">The store's concurrency token (an ETag); null for an entry not yet stored.</param>
public sealed record LedgerEntry(
    DateOnly Date,
    string SubscriberId,
    DeliveryState State,
    int Attempts,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LeaseUntil = null,
    string? MessageId = null,
    string? LastError = null,
    string? Version = null);
