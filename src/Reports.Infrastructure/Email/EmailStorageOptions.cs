namespace Reports.Infrastructure.Email;

/// <summary>
/// Where subscribers, the send ledger and the request queue live (section "Email:Storage"). Without a connection
/// string or account name the Functions' own storage ("AzureWebJobsStorage") is used, because the queue trigger
/// reads the request queue through that connection.
/// </summary>
public sealed class EmailStorageOptions
{
    public const string Section = "Email:Storage";

    /// <summary>A storage connection string ("UseDevelopmentStorage=true" for Azurite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Storage account name for managed-identity access (DefaultAzureCredential).</summary>
    public string? AccountName { get; set; }

    public string SubscribersTable { get; set; } = "subscribers";

    public string LedgerTable { get; set; } = "sendledger";

    /// <summary>Must match the queue trigger's queue name.</summary>
    public string RequestQueue { get; set; } = EmailQueues.Requests;
}
