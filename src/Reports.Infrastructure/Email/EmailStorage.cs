using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Reports.Infrastructure.Email;

/// <summary>The storage clients email delivery uses: two tables and two queues, created once per process.</summary>
public sealed class EmailStorage(TableClient subscribers, TableClient ledger, QueueClient requests, QueueClient poison)
{
    private const string FunctionsStorage = "AzureWebJobsStorage";

    public TableClient Subscribers { get; } = subscribers;
    public TableClient Ledger { get; } = ledger;
    public QueueClient Requests { get; } = requests;
    public QueueClient Poison { get; } = poison;

    /// <summary>
    /// Connects with, in order: Email:Storage:ConnectionString, Email:Storage:AccountName (managed identity),
    /// AzureWebJobsStorage as a connection string, AzureWebJobsStorage__accountName (managed identity).
    /// </summary>
    /// <exception cref="InvalidOperationException">None of them is set.</exception>
    public static EmailStorage Connect(EmailStorageOptions options, IConfiguration configuration)
    {
        // Base64 is the Functions queue trigger's default message encoding.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var connectionString = FirstNonEmpty(options.ConnectionString, configuration[FunctionsStorage]);
        var accountName = FirstNonEmpty(options.AccountName, configuration[$"{FunctionsStorage}:accountName"]);

        TableServiceClient tables;
        QueueServiceClient queues;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString) || (string.IsNullOrWhiteSpace(options.AccountName) && connectionString is not null))
        {
            tables = new TableServiceClient(connectionString);
            queues = new QueueServiceClient(connectionString, queueOptions);
        }
        else if (accountName is not null)
        {
            TokenCredential credential = new DefaultAzureCredential();
            tables = new TableServiceClient(new Uri($"https://{accountName}.table.core.windows.net"), credential);
            queues = new QueueServiceClient(new Uri($"https://{accountName}.queue.core.windows.net"), credential, queueOptions);
        }
        else
        {
            throw new InvalidOperationException(
                "Email delivery has no storage: set Email:Storage:ConnectionString (\"UseDevelopmentStorage=true\" for Azurite), " +
                "Email:Storage:AccountName, or the Functions' AzureWebJobsStorage.");
        }

        return new EmailStorage(
            tables.GetTableClient(options.SubscribersTable),
            tables.GetTableClient(options.LedgerTable),
            queues.GetQueueClient(options.RequestQueue),
            queues.GetQueueClient(EmailQueues.PoisonOf(options.RequestQueue)));
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
