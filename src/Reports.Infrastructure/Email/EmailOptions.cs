using Reports.Domain.Archive;
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

    /// <summary>Where the deployment puts the app's public address (infra: functions.bicep).</summary>
    public const string PublicBaseUrlSetting = "Reports:PublicBaseUrl";

    /// <summary>The sender address; with ACS, a MailFrom address of a domain connected to the resource.</summary>
    public string From { get; set; } = "";

    public string FromName { get; set; } = "Flow Reports";

    /// <summary>The edition online, "{date}" replaced by yyyy-MM-dd; by default the public archive's page,
    /// &lt;Reports:PublicBaseUrl&gt;/api/archive/{date} (anonymous, so the link works for every reader without a key).</summary>
    public string ReportUrlTemplate { get; set; } = "";

    /// <summary>The archive's Atom feed; by default &lt;Reports:PublicBaseUrl&gt;/api/feed.atom. Empty leaves the link out.</summary>
    public string? FeedUrl { get; set; }

    /// <summary>"{token}" replaced by the subscriber's token; by default &lt;Reports:PublicBaseUrl&gt;/api/unsubscribe?token={token}.
    /// Empty without a public base URL: the email then has no unsubscribe link.</summary>
    public string? UnsubscribeUrlTemplate { get; set; }

    /// <summary>Send attempts per email, each retry a new delayed queue message (see <see cref="DeliveryPolicy"/>).</summary>
    public int MaxAttempts { get; set; } = DeliveryPolicy.Default.MaxAttempts;

    public TimeSpan FirstRetryDelay { get; set; } = DeliveryPolicy.Default.FirstRetryDelay;

    public TimeSpan MaxRetryDelay { get; set; } = DeliveryPolicy.Default.MaxRetryDelay;

    /// <summary>At least the function timeout (host.json functionTimeout).</summary>
    public TimeSpan ClaimLease { get; set; } = DeliveryPolicy.Default.ClaimLease;

    public DeliveryPolicy Policy() => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay, ClaimLease);

    /// <summary>Fills the links the deployment did not set from the app's public base URL (the archive, feed and Unsubscribe routes).</summary>
    public void UsePublicBaseUrl(string? publicBaseUrl)
    {
        if (string.IsNullOrWhiteSpace(publicBaseUrl)) return;
        var root = publicBaseUrl.TrimEnd('/');
        if (string.IsNullOrWhiteSpace(ReportUrlTemplate)) ReportUrlTemplate = root + ArchiveRoutes.IndexPath + "/{date}";
        if (string.IsNullOrWhiteSpace(FeedUrl)) FeedUrl = ArchiveRoutes.Absolute(root, ArchiveRoutes.FeedPath);
        if (string.IsNullOrWhiteSpace(UnsubscribeUrlTemplate)) UnsubscribeUrlTemplate = root + "/api/unsubscribe?token={token}";
    }

    /// <summary>The sender's domain ends every Message-ID.</summary>
    public ReportEmailSettings EmailSettings()
    {
        var at = From.LastIndexOf('@');
        var domain = at >= 0 && at < From.Length - 1 ? From[(at + 1)..].ToLowerInvariant() : "flow-reports.invalid";
        return new ReportEmailSettings(ReportUrlTemplate, string.IsNullOrWhiteSpace(UnsubscribeUrlTemplate) ? null : UnsubscribeUrlTemplate, domain,
            string.IsNullOrWhiteSpace(FeedUrl) ? null : FeedUrl);
    }
}
