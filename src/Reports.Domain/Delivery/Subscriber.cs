namespace Reports.Domain.Delivery;

/// <summary>A reader who receives the daily report by email.</summary>
/// <param name="Id">Stable key derived from the address (<see cref="SubscriberId.For"/>), safe in storage keys.</param>
/// <param name="Address">The normalised address (<see cref="EmailAddressRules"/>).</param>
/// <param name="Assets">Symbols whose rows the email's key-figures table shows; empty means every asset.</param>
/// <param name="UnsubscribeToken">Secret that goes into the unsubscribe link; unguessable, unique per subscriber.</param>
/// <param name="Cadence">Every edition, or a weekly digest (<see cref="Delivery.Cadence"/>).</param>
/// <param name="DigestDay">The weekday (UTC) a weekly digest arrives; ignored for daily subscribers.</param>
/// <param name="WatchAlerts">Opted in to watch alerts: an email when a "What to watch" level breaks between editions.</param>
/// <param name="Quiet">No watch alerts in this daily window (UTC); null for none.</param>
public sealed record Subscriber(
    string Id,
    string Address,
    IReadOnlyList<string> Assets,
    EmailFormat Format,
    string UnsubscribeToken,
    DateTimeOffset SubscribedAt,
    EmailCadence Cadence = EmailCadence.Daily,
    DayOfWeek DigestDay = DayOfWeek.Monday,
    bool WatchAlerts = false,
    Watch.QuietHours? Quiet = null);
