namespace Reports.Domain.Delivery;

/// <summary>The result of trying to claim a delivery; <see cref="Entry"/> is the row as it now stands.</summary>
public sealed record LedgerClaim(ClaimStatus Status, LedgerEntry Entry);
