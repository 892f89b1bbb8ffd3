using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// The storage side without dependency injection, for the CLI (<c>import --storage</c>, <c>report --storage</c>):
/// <c>ReportsStorage.Open("UseDevelopmentStorage=true")</c> or <c>Open("https://acct.blob.core.windows.net")</c>.
/// </summary>
public sealed class ReportsStorage
{
    private ReportsStorage(ReportsStorageOptions options, ILoggerFactory loggers)
    {
        var credential = StorageClients.Credential(options);
        var blobs = StorageClients.Blobs(options, credential);
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Store = new BlobMarketDataStore(blobs, wrapped, loggers.CreateLogger<BlobMarketDataStore>());
        Writer = new BlobSnapshotWriter(blobs, wrapped, loggers.CreateLogger<BlobSnapshotWriter>());
        Reports = new BlobReportArchive(blobs, wrapped, loggers.CreateLogger<BlobReportArchive>());
        lazyQueue = new Lazy<IIngestRequestQueue>(() => new QueueIngestRequests(StorageClients.Queues(options, credential)));
    }

    private readonly Lazy<IIngestRequestQueue> lazyQueue;

    /// <summary>Stored history, for <see cref="Domain.UseCases.BuildReport"/>.</summary>
    public IMarketDataStore Store { get; }

    /// <summary>Where <see cref="Domain.UseCases.ImportMarketData"/> and <see cref="Domain.UseCases.IngestDay"/> write.</summary>
    public ISnapshotWriter Writer { get; }

    public IReportArchive Reports { get; }

    public IIngestRequestQueue IngestRequests => lazyQueue.Value;

    /// <param name="connection">A connection string (Azurite, local development) or a blob service URI (signed in with DefaultAzureCredential).</param>
    /// <exception cref="OptionsValidationException">The connection or an option is unusable; the message says which.</exception>
    public static ReportsStorage Open(string connection, Action<ReportsStorageOptions>? configure = null, ILoggerFactory? loggers = null)
    {
        var options = ReportsStorageOptions.ForConnection(connection);
        configure?.Invoke(options);
        var failures = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), failures, validateAllProperties: true))
            throw new OptionsValidationException(nameof(ReportsStorageOptions), typeof(ReportsStorageOptions), failures.Select(f => f.ErrorMessage ?? "invalid"));
        return new ReportsStorage(options, loggers ?? NullLoggerFactory.Instance);
    }
}
