namespace Reports.Infrastructure.Email;

/// <summary>
/// Names of the tables and queue email delivery uses (section "Email:Storage"). The account is the app's storage
/// connection, REPORTS_STORAGE (see <see cref="Storage.ReportsStorageOptions"/>); identity-based access also needs
/// REPORTS_STORAGE__tableServiceUri unless it can be derived from the blob endpoint.
/// </summary>
public sealed class EmailStorageOptions
{
    public const string Section = "Email:Storage";

    public string SubscribersTable { get; set; } = "subscribers";

    public string LedgerTable { get; set; } = "sendledger";

    /// <summary>Which watch alerts went out (one per level, subscriber and day).</summary>
    public string AlertLedgerTable { get; set; } = "watchalerts";

    /// <summary>Which watch levels broke each day, once per level whoever is subscribed: the next edition's scored calls read it.</summary>
    public string WatchBreaksTable { get; set; } = "watchbreaks";

    /// <summary>Must match the queue trigger's queue name (<see cref="EmailQueues.Requests"/>).</summary>
    public string RequestQueue { get; set; } = EmailQueues.Requests;
}
