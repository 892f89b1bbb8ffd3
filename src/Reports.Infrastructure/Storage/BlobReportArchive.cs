using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;

namespace Reports.Infrastructure.Storage;

/// <summary>
/// Finished reports in the reports container (yyyy/MM/dd/flow-report.&lt;format&gt;). Unlike snapshots a report may
/// be rebuilt (say, after a backfill filled a missing source), so a different version replaces the stored one; the
/// same bytes leave the blob, and its ETag, untouched.
/// </summary>
public sealed class BlobReportArchive : IReportArchive
{
    private const int ReplaceAttempts = 3;

    private readonly BlobContainerClient container;
    private readonly CreateOnce createContainer;
    private readonly ILogger logger;

    public BlobReportArchive(BlobServiceClient service, IOptions<ReportsStorageOptions> options, ILogger<BlobReportArchive>? logger = null)
    {
        container = service.GetBlobContainerClient(options.Value.ReportsContainer);
        createContainer = new CreateOnce(ct => container.CreateIfNotExistsAsync(cancellationToken: ct));
        this.logger = logger ?? NullLogger<BlobReportArchive>.Instance;
    }

    public async Task<RenderedReport?> GetAsync(DateOnly day, string format, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(ReportBlobNames.Report(day, format));
        try
        {
            var result = await BlobOperations.DownloadCheckedAsync(blob, cancellationToken).ConfigureAwait(false);
            return result is null ? null : new RenderedReport(day, format, result.Details.ContentType ?? "application/octet-stream", result.Content.ToArray());
        }
        catch (CorruptBlobException e)
        {
            // A damaged report is not served; the caller builds a fresh one from the snapshots instead.
            logger.LogWarning("Ignoring stored report: {Problem}", e.Message);
            return null;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"reading the {format} report of {day:yyyy-MM-dd}");
        }
    }

    public async Task<StoreOutcome> SaveAsync(RenderedReport report, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(ReportBlobNames.Report(report.Day, report.Format));
        var hash = MD5.HashData(report.Content);
        try
        {
            return await createContainer.RunAsync(ct => SaveOnceAsync(blob, report, hash, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"storing the {report.Format} report of {report.Day:yyyy-MM-dd}");
        }
    }

    private async Task<StoreOutcome> SaveOnceAsync(BlobClient blob, RenderedReport report, byte[] hash, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= ReplaceAttempts; attempt++)
        {
            if (await BlobOperations.UploadIfAbsentAsync(blob, report.Content, report.ContentType, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Stored {Blob} ({Bytes} bytes)", blob.Name, report.Content.Length);
                return StoreOutcome.Stored;
            }

            var existing = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (existing.ContentHash is { } stored && stored.AsSpan().SequenceEqual(hash) && existing.ContentType == report.ContentType)
                return StoreOutcome.AlreadyStored;

            // Replace only the version just looked at, so two builders racing cannot interleave.
            if (await BlobOperations.ReplaceIfUnchangedAsync(blob, existing.ETag, report.Content, report.ContentType, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Replaced {Blob} with a new version ({Bytes} bytes)", blob.Name, report.Content.Length);
                return StoreOutcome.Replaced;
            }
        }
        throw new StoreUnavailableException($"{blob.Name} kept changing while it was being replaced; try again.");
    }
}
