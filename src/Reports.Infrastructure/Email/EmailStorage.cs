using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Reports.Infrastructure.Storage;

namespace Reports.Infrastructure.Email;

/// <summary>The storage clients email delivery uses: four tables (subscribers, send ledger, watch-alert ledger, watch breaks) and two queues in the app's storage account.</summary>
public sealed class EmailStorage(TableClient subscribers, TableClient ledger, QueueClient requests, QueueClient poison, TableClient alerts, TableClient breaks)
{
    public const string TableServiceUriSetting = "tableServiceUri";

    public TableClient Subscribers { get; } = subscribers;
    public TableClient Ledger { get; } = ledger;
    public QueueClient Requests { get; } = requests;
    public QueueClient Poison { get; } = poison;

    /// <summary>The watch-alert ledger's table (<see cref="EmailStorageOptions.AlertLedgerTable"/>).</summary>
    public TableClient Alerts { get; } = alerts;

    /// <summary>The watch breaks' table (<see cref="EmailStorageOptions.WatchBreaksTable"/>), read by the report build.</summary>
    public TableClient Breaks { get; } = breaks;

    /// <summary>
    /// Without dependency injection, for the CLI: <c>EmailStorage.Open("UseDevelopmentStorage=true")</c> or
    /// <c>Open("https://acct.blob.core.windows.net")</c> (DefaultAzureCredential; tables at acct.table.core.windows.net).
    /// </summary>
    public static EmailStorage Open(string connection, EmailStorageOptions? names = null)
    {
        var storage = ReportsStorageOptions.ForConnection(connection);
        return Connect(storage, names ?? new EmailStorageOptions(), tableServiceUri: null, StorageClients.Credential(storage));
    }

    /// <param name="tableServiceUri">For identity-based access; derived from the blob endpoint when null.</param>
    /// <exception cref="InvalidOperationException">Identity-based access and no table endpoint configured or derivable.</exception>
    public static EmailStorage Connect(ReportsStorageOptions storage, EmailStorageOptions names, Uri? tableServiceUri, TokenCredential? credential)
    {
        var queues = StorageClients.Queues(storage, credential);
        var tables = storage.BlobServiceUri is { } blob
            ? new TableServiceClient(
                tableServiceUri ?? DeriveTableUri(blob)
                ?? throw new InvalidOperationException($"Set {ReportsStorageOptions.ConnectionName}__{TableServiceUriSetting}: it cannot be derived from {blob}."),
                credential ?? throw new ArgumentNullException(nameof(credential)))
            : new TableServiceClient(storage.ConnectionString);

        return new EmailStorage(
            tables.GetTableClient(names.SubscribersTable),
            tables.GetTableClient(names.LedgerTable),
            queues.GetQueueClient(names.RequestQueue),
            queues.GetQueueClient(EmailQueues.PoisonOf(names.RequestQueue)),
            tables.GetTableClient(names.AlertLedgerTable),
            tables.GetTableClient(names.WatchBreaksTable));
    }

    /// <summary>REPORTS_STORAGE__tableServiceUri, read the way the Functions host reads connection settings.</summary>
    public static Uri? ConfiguredTableServiceUri(IConfiguration configuration) =>
        Uri.TryCreate(configuration.GetSection(ReportsStorageOptions.ConnectionName)[TableServiceUriSetting], UriKind.Absolute, out var uri) ? uri : null;

    private static Uri? DeriveTableUri(Uri blob) =>
        blob.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase)
            ? new UriBuilder(blob) { Host = blob.Host.Replace(".blob.", ".table.", StringComparison.OrdinalIgnoreCase) }.Uri
            : null;
}
