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
        try
        {
            var outcome = await createContainer.RunAsync(ct => BlobOperations.SaveIfDifferentAsync(blob, report.Content, report.ContentType, ct), cancellationToken)
                .ConfigureAwait(false);
            if (outcome == StoreOutcome.Stored)
                logger.LogInformation("Stored {Blob} ({Bytes} bytes)", blob.Name, report.Content.Length);
            else if (outcome == StoreOutcome.Replaced)
                logger.LogInformation("Replaced {Blob} with a new version ({Bytes} bytes)", blob.Name, report.Content.Length);
            return outcome;
        }
        catch (Exception e) when (StorageFailures.IsStoreFailure(e, cancellationToken))
        {
            throw StorageFailures.Describe(e, container.Uri, $"storing the {report.Format} report of {report.Day:yyyy-MM-dd}");
        }
    }
}
