using Reports.Domain.Delivery;

namespace Reports.Infrastructure.Email;

/// <summary>
/// What the emails link to and how hard they are retried (section "Email"); validated at start-up by
/// <see cref="EmailOptionsValidator"/>. The server is in <see cref="SmtpOptions"/>, storage in <see cref="EmailStorageOptions"/>,
/// so managing subscribers needs no SMTP settings.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The web report, "{date}" replaced by yyyy-MM-dd, e.g. https://app.example.com/api/reports/{date}?format=html.</summary>
    public string ReportUrlTemplate { get; set; } = "";

    /// <summary>"{token}" replaced by the subscriber's token; empty leaves the unsubscribe link out.</summary>
    public string? UnsubscribeUrlTemplate { get; set; }

    /// <summary>Send attempts per email, each retry a new delayed queue message (see <see cref="DeliveryPolicy"/>).</summary>
    public int MaxAttempts { get; set; } = DeliveryPolicy.Default.MaxAttempts;

    public TimeSpan FirstRetryDelay { get; set; } = DeliveryPolicy.Default.FirstRetryDelay;

    public TimeSpan MaxRetryDelay { get; set; } = DeliveryPolicy.Default.MaxRetryDelay;

    /// <summary>At least the function timeout (host.json functionTimeout).</summary>
    public TimeSpan ClaimLease { get; set; } = DeliveryPolicy.Default.ClaimLease;

    public DeliveryPolicy Policy() => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay, ClaimLease);

    /// <param name="from">The sender address; its domain ends every Message-ID.</param>
    public ReportEmailSettings EmailSettings(string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..].ToLowerInvariant() : "flow-reports.invalid";
        return new ReportEmailSettings(ReportUrlTemplate, string.IsNullOrWhiteSpace(UnsubscribeUrlTemplate) ? null : UnsubscribeUrlTemplate, domain);
    }
}
