using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Reports.Infrastructure.Storage;

/// <summary>Builds the storage clients from validated options: a connection string locally, an identity in Azure.</summary>
public static class StorageClients
{
    /// <summary>The credential for identity-based access; null when a connection string is used.</summary>
    public static TokenCredential? Credential(ReportsStorageOptions options) =>
        options.BlobServiceUri is null
            ? null
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });

    public static BlobServiceClient Blobs(ReportsStorageOptions options, TokenCredential? credential)
    {
        var clientOptions = new BlobClientOptions();
        Configure(clientOptions.Retry, options);
        return options.BlobServiceUri is { } uri
            ? new BlobServiceClient(uri, credential ?? throw new ArgumentNullException(nameof(credential)), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
    }

    /// <exception cref="InvalidOperationException">Identity-based access with no queue endpoint configured or derivable.</exception>
    public static QueueServiceClient Queues(ReportsStorageOptions options, TokenCredential? credential)
    {
        // The Functions queue trigger reads base64 messages by default; the sender must match.
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        Configure(clientOptions.Retry, options);
        if (options.BlobServiceUri is null) return new QueueServiceClient(options.ConnectionString, clientOptions);

        var uri = options.ResolvedQueueServiceUri
            ?? throw new InvalidOperationException($"Set {ReportsStorageOptions.ConnectionName}__queueServiceUri: it cannot be derived from {options.BlobServiceUri}.");
        return new QueueServiceClient(uri, credential ?? throw new ArgumentNullException(nameof(credential)), clientOptions);
    }

    private static void Configure(Azure.Core.RetryOptions retry, ReportsStorageOptions options)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.MaxRetries;
        retry.Delay = TimeSpan.FromMilliseconds(500);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
        retry.NetworkTimeout = options.NetworkTimeout;
    }
}
