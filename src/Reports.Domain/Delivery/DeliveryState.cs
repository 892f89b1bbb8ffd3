namespace Reports.Domain.Delivery;

/// <summary>Where one (day, subscriber) delivery stands in the send ledger.</summary>
public enum DeliveryState
{
    /// <summary>Claimed by an attempt that is sending now (or died while sending: then the outcome is unknown).</summary>
    Sending,

    /// <summary>The SMTP server accepted the message. Terminal.</summary>
    Sent,

    /// <summary>The last attempt failed in a way worth retrying; the next attempt may claim it.</summary>
    Failed,

    /// <summary>Will never be sent: invalid address, or the server refused the recipient. Terminal.</summary>
    Rejected,
}
