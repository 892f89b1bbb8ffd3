using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.Storage.Documents;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Stores ingested days as immutable blobs. The daily snapshot blob is the commit: it is written last, create-only,
/// in one request, and readers only ever look at daily blobs, so nobody sees a day half-stored. A raw blob left by a
/// run that failed before its commit is replaced by the next run.
/// </summary>
public sealed class BlobSnapshotWriter : ISnapshotWriter
{
    private readonly BlobContainerClient container;
    private readonly CreateOnce createContainer;
    private readonly ILogger logger;

    public BlobSnapshotWriter(BlobServiceClient service, IOptions<ReportsStorageOptions> options, ILogger<BlobSnapshotWriter>? logger = null)
    {
        container = service.GetBlobContainerClient(options.Value.SnapshotsContainer);
        createContainer = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
        this.logger = logger ?? NullLogger<BlobSnapshotWriter>.Instance;
    }

    public string Description => $"blob: {container.AccountName}/{container.Name}";

    public async Task<bool> HasSnapshotAsync(string source, DateOnly day, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(SnapshotBlobNames.Daily(source, day));
        try
        {
            return (await blob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"checking {source} {day:yyyy-MM-dd}");
        }
    }

    public async Task<StoreOutcome> WriteAsync(SourceFetch fetch, SnapshotLabel label, CancellationToken cancellationToken)
    {
        var snapshot = fetch.Snapshot;
        var problems = DailySnapshotRules.Check(snapshot, snapshot.Source, snapshot.Day);
        if (problems.Count > 0)
            throw new ArgumentException($"The {snapshot.Source} snapshot of {snapshot.Day:yyyy-MM-dd} was not stored: {string.Join("; ", problems)}", nameof(fetch));

        // Serialise everything before the first request: a failure here must not leave anything behind.
        var daily = SnapshotDocuments.Daily(snapshot, label);
        var raw = fetch.Raw.Count > 0 ? SnapshotDocuments.Raw(snapshot.Source, snapshot.Day, fetch.Raw) : null;
        var dailyBlob = container.GetBlobClient(SnapshotBlobNames.Daily(snapshot.Source, snapshot.Day));
        try
        {
            // The same token throughout; RunAsync runs this again only if the container had vanished.
            return await createContainer.RunAsync(async _ =>
            {
                if (raw is not null)
                {
                    var rawBlob = container.GetBlobClient(SnapshotBlobNames.Raw(snapshot.Source, snapshot.Day));
                    if (!await BlobOperations.UploadIfAbsentAsync(rawBlob, raw, BlobOperations.JsonContentType, cancellationToken).ConfigureAwait(false))
                    {
                        if ((await dailyBlob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
                            return AlreadyStored(dailyBlob);
                        // Raw responses with no committed snapshot are left from a failed run: this fetch's replace them.
                        await BlobOperations.OverwriteAsync(rawBlob, raw, BlobOperations.JsonContentType, cancellationToken).ConfigureAwait(false);
                        logger.LogInformation("Replaced uncommitted raw responses {Blob}", rawBlob.Name);
                    }
                }

                if (!await BlobOperations.UploadIfAbsentAsync(dailyBlob, daily, BlobOperations.JsonContentType, cancellationToken).ConfigureAwait(false))
                    return AlreadyStored(dailyBlob);
                logger.LogInformation("Stored {Blob} ({Bytes} bytes, {RawBytes} bytes raw)", dailyBlob.Name, daily.Length, raw?.Length ?? 0);
                return StoreOutcome.Stored;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"storing {snapshot.Source} {snapshot.Day:yyyy-MM-dd}");
        }
    }

    public async Task<StoreOutcome> WriteEventsAsync(DateOnly day, IReadOnlyList<MarketEvent> events, CancellationToken cancellationToken)
    {
        if (events.Any(e => e.Date != day))
            throw new ArgumentException($"Every event stored for {day:yyyy-MM-dd} must be dated that day.", nameof(events));
        var blob = container.GetBlobClient(SnapshotBlobNames.Events(day));
        try
        {
            var stored = await createContainer.RunAsync(
                ct => BlobOperations.UploadIfAbsentAsync(blob, SnapshotDocuments.Events(day, events), BlobOperations.JsonContentType, ct),
                cancellationToken).ConfigureAwait(false);
            return stored ? StoreOutcome.Stored : StoreOutcome.AlreadyStored;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"storing the events of {day:yyyy-MM-dd}");
        }
    }

    private StoreOutcome AlreadyStored(BlobClient blob)
    {
        logger.LogInformation("{Blob} is already stored; left as it is", blob.Name);
        return StoreOutcome.AlreadyStored;
    }
}
