namespace Reports.Domain.Delivery;

/// <summary>The answer to "may this attempt send the report to this subscriber?".</summary>
public enum ClaimStatus
{
    /// <summary>Yes: this attempt now owns the delivery and must mark it sent, failed or rejected.</summary>
    Claimed,

    /// <summary>No: it was sent already.</summary>
    AlreadySent,

    /// <summary>No: it was rejected for good.</summary>
    AlreadyRejected,

    /// <summary>Not now: another attempt holds an unexpired claim; try again after its lease.</summary>
    InProgress,

    /// <summary>
    /// No: an attempt claimed it and never reported back (it died mid-send), so whether the reader got the email is
    /// unknown. Sending again could deliver it twice, so it is left for an operator.
    /// </summary>
    OutcomeUnknown,
}
