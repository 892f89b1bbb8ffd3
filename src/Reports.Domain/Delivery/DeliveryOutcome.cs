namespace Reports.Domain.Delivery;

/// <summary>What happened to one delivery request.</summary>
public enum DeliveryOutcome
{
    Sent,
    /// <summary>A duplicate request: the ledger says it was sent already. Nothing was sent.</summary>
    AlreadySent,
    /// <summary>Will not be sent: invalid address or refused by the server (see the detail).</summary>
    Rejected,
    /// <summary>The subscriber unsubscribed after the request was queued.</summary>
    NotSubscribed,
    /// <summary>Another attempt holds the claim; the request was queued again for after its lease.</summary>
    Deferred,
    /// <summary>This attempt failed; the next one is queued with a delay.</summary>
    RetryScheduled,
    /// <summary>Out of attempts, or the outcome of an earlier attempt is unknown: parked in the poison queue with the reason.</summary>
    Poisoned,
    /// <summary>The day's report does not exist.</summary>
    ReportNotFound,
    /// <summary>A one-off send failed (nothing is retried for it).</summary>
    Failed,
    /// <summary>A weekly subscriber's digest is not due for this day (their cadence changed after the request was queued).</summary>
    NotDue,
}

/// <summary>The outcome and a sentence for logs and the CLI.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string Detail, string? MessageId = null);
