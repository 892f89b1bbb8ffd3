using System.ComponentModel.DataAnnotations;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Where snapshots and reports live. The account comes from the Functions-style connection named
/// <see cref="ConnectionName"/>: a connection string in <c>REPORTS_STORAGE</c> (Azurite, local only), or identity-based
/// <c>REPORTS_STORAGE__blobServiceUri</c> / <c>__queueServiceUri</c> (and <c>__clientId</c> for a user-assigned
/// identity) in the cloud. The rest is section <see cref="SectionName"/>.
/// </summary>
public sealed partial class ReportsStorageOptions : IValidatableObject
{
    public const string ConnectionName = "REPORTS_STORAGE";
    public const string SectionName = "Storage";

    /// <summary>Account connection string; for local development against Azurite only.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>e.g. https://myaccount.blob.core.windows.net; reached with DefaultAzureCredential.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>e.g. https://myaccount.queue.core.windows.net; derived from <see cref="BlobServiceUri"/> when left out.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [RegularExpression(ContainerNamePattern, ErrorMessage = "Storage:SnapshotsContainer must be a valid container name (3-63 lower-case letters, digits, single hyphens).")]
    public string SnapshotsContainer { get; set; } = "snapshots";

    [RegularExpression(ContainerNamePattern, ErrorMessage = "Storage:ReportsContainer must be a valid container name (3-63 lower-case letters, digits, single hyphens).")]
    public string ReportsContainer { get; set; } = "reports";

    /// <summary>Blob downloads in flight at once while loading history.</summary>
    [Range(1, 64)]
    public int ReadConcurrency { get; set; } = 16;

    /// <summary>Retries of one storage request before the operation fails with a clear error.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sources whose figures win when two give the same one for a day, best first; others follow by name.</summary>
    public List<string> SourcePriority { get; set; } = [];

    private const string ContainerNamePattern = "^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>Reads the connection named <see cref="ConnectionName"/> the way the Functions host does.</summary>
    public void ReadConnection(IConfiguration configuration)
    {
        var connection = configuration.GetSection(ConnectionName);
        ConnectionString = string.IsNullOrWhiteSpace(connection.Value) ? ConnectionString : connection.Value;
        BlobServiceUri = ReadUri(connection, "blobServiceUri") ?? BlobServiceUri;
        QueueServiceUri = ReadUri(connection, "queueServiceUri") ?? QueueServiceUri;
        ManagedIdentityClientId = connection["clientId"] ?? ManagedIdentityClientId;
    }

    /// <summary>Options for a connection given on a command line: an account URI, or else a connection string.</summary>
    public static ReportsStorageOptions ForConnection(string connectionStringOrBlobServiceUri) =>
        Uri.TryCreate(connectionStringOrBlobServiceUri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? new ReportsStorageOptions { BlobServiceUri = uri }
            : new ReportsStorageOptions { ConnectionString = connectionStringOrBlobServiceUri };

    /// <summary>The queue endpoint: configured, or the blob endpoint with ".blob." turned into ".queue.".</summary>
    public Uri? ResolvedQueueServiceUri => QueueServiceUri
        ?? (BlobServiceUri is { } blob && blob.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase)
            ? new UriBuilder(blob) { Host = blob.Host.Replace(".blob.", ".queue.", StringComparison.OrdinalIgnoreCase) }.Uri
            : null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var unreadable in unreadableSettings)
            yield return new ValidationResult(unreadable, [nameof(BlobServiceUri)]);

        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasConnectionString == (BlobServiceUri is not null))
        {
            yield return new ValidationResult(
                $"Set either {ConnectionName} (a connection string, for Azurite) or {ConnectionName}__blobServiceUri (identity-based, for Azure), not both and not neither.",
                [nameof(ConnectionString), nameof(BlobServiceUri)]);
            yield break;
        }

        if (hasConnectionString && ConnectionStringProblem(ConnectionString!) is { } problem)
            yield return new ValidationResult($"{ConnectionName} is not a usable connection string: {problem}", [nameof(ConnectionString)]);

        foreach (var (name, uri) in new[] { ("blobServiceUri", BlobServiceUri), ("queueServiceUri", QueueServiceUri) })
        {
            if (uri is null) continue;
            // Tokens must never travel over plain HTTP; only a loopback emulator is exempt.
            if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
                yield return new ValidationResult($"{ConnectionName}__{name} must be an https URI (got {uri}).", [name]);
        }

        if (SourcePriority.Any(string.IsNullOrWhiteSpace))
            yield return new ValidationResult("Storage:SourcePriority has an empty entry.", [nameof(SourcePriority)]);
    }

    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            _ = new BlobServiceClient(connectionString);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The SDK's message never echoes the account key.
            return e.Message;
        }
    }

    private Uri? ReadUri(IConfigurationSection connection, string key)
    {
        var value = connection[key];
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)) return uri;
        unreadableSettings.Add($"{ConnectionName}__{key} ('{value}') is not an absolute URI.");
        return null;
    }

    private readonly List<string> unreadableSettings = [];
}
