using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Storage.Documents;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Per-coin market caps, one immutable blob per day: <c>marketcaps/yyyy/MM/dd.json</c> in the snapshots container,
/// <c>{"schema":1,"day":"…","provenance":…,"synthetic":…,"coins":[{"symbol":"BTC","marketCapUsd":…,"category":"other"}]}</c>, created once.
/// </summary>
public sealed class BlobCoinCapWriter(BlobServiceClient service, IOptions<ReportsStorageOptions> options) : ICoinCapWriter
{
    public const string Prefix = SnapshotBlobNames.MarketCapsPrefix;

    private readonly BlobContainerClient container = service.GetBlobContainerClient(options.Value.SnapshotsContainer);

    public static string BlobName(DateOnly day) => SnapshotBlobNames.MarketCaps(day);

    public async Task<bool> HasCapsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobName(day));
        try
        {
            return (await blob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"checking the market caps of {day:yyyy-MM-dd}");
        }
    }

    public async Task<StoreOutcome> WriteAsync(DateOnly day, IReadOnlyList<CoinMarketCap> caps, SnapshotLabel label, CancellationToken cancellationToken)
    {
        if (caps.Any(c => c.Date != day))
            throw new ArgumentException($"Every market cap stored for {day:yyyy-MM-dd} must be of that day.", nameof(caps));
        var blob = container.GetBlobClient(BlobName(day));
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var stored = await BlobOperations.UploadIfAbsentAsync(blob, Document(day, caps, label), BlobOperations.JsonContentType, cancellationToken).ConfigureAwait(false);
            return stored ? StoreOutcome.Stored : StoreOutcome.AlreadyStored;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"storing the market caps of {day:yyyy-MM-dd}");
        }
    }

    internal static byte[] Document(DateOnly day, IReadOnlyList<CoinMarketCap> caps, SnapshotLabel label) => SnapshotDocuments.MarketCaps(day, caps, label);
}
