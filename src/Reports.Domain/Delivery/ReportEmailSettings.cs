namespace Reports.Domain.Delivery;

/// <summary>Where the email's links point and how its ids are made.</summary>
/// <param name="ReportUrlTemplate">The edition online, with "{date}" for the yyyy-MM-dd day: the public archive's page of that day.</param>
/// <param name="UnsubscribeUrlTemplate">With "{token}" for the subscriber's token; null leaves the link out.</param>
/// <param name="MessageIdDomain">Right-hand side of Message-IDs, normally the sender's domain.</param>
/// <param name="FeedUrl">The archive's Atom feed; null leaves the link out.</param>
public sealed record ReportEmailSettings(string ReportUrlTemplate, string? UnsubscribeUrlTemplate, string MessageIdDomain, string? FeedUrl = null)
{
    public string ReportUrl(DateOnly date) => ReportUrlTemplate.Replace("{date}", DeliveryDates.Key(date), StringComparison.Ordinal);

    /// <summary>Null without a template or a token (a one-off send to a non-subscriber has nothing to unsubscribe).</summary>
    public string? UnsubscribeUrl(string token) =>
        string.IsNullOrEmpty(token) ? null : UnsubscribeUrlTemplate?.Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal);
}
