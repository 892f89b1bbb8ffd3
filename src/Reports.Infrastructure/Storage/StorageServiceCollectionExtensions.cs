using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the blob snapshot store (as <see cref="IMarketDataStore"/> and <see cref="ISnapshotWriter"/>), the report
    /// archive and its edition index, the ingest and report-build queues and their singleton clients, with <see cref="ReportsStorageOptions"/> validated at start.
    /// </summary>
    internal static IServiceCollection AddReportsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsStorageOptions>()
            .Bind(configuration.GetSection(ReportsStorageOptions.SectionName))
            .Configure(o => o.ReadConnection(configuration))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(sp => new StorageCredential(StorageClients.Credential(Options(sp))));
        services.TryAddSingleton<BlobServiceClient>(sp => StorageClients.Blobs(Options(sp), sp.GetRequiredService<StorageCredential>().Value));
        services.TryAddSingleton<QueueServiceClient>(sp => StorageClients.Queues(Options(sp), sp.GetRequiredService<StorageCredential>().Value));

        services.TryAddSingleton<BlobMarketDataStore>();
        services.TryAddSingleton<IMarketDataStore>(sp => sp.GetRequiredService<BlobMarketDataStore>());
        services.TryAddSingleton<BlobSnapshotWriter>();
        services.TryAddSingleton<ISnapshotWriter>(sp => sp.GetRequiredService<BlobSnapshotWriter>());
        services.TryAddSingleton<BlobReportArchive>();
        services.TryAddSingleton<IReportArchive>(sp => sp.GetRequiredService<BlobReportArchive>());
        services.TryAddSingleton<IEditionIndex, BlobEditionIndex>();
        services.TryAddSingleton<QueueIngestRequests>();
        services.TryAddSingleton<IIngestRequestQueue>(sp => sp.GetRequiredService<QueueIngestRequests>());
        services.TryAddSingleton<IHistoryRequestQueue>(sp => sp.GetRequiredService<QueueIngestRequests>());
        services.TryAddSingleton<ICoinCapWriter, BlobCoinCapWriter>();
        services.TryAddSingleton<IReportBuildQueue, QueueReportBuildRequests>();
        return services;
    }

    private static ReportsStorageOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<ReportsStorageOptions>>().Value;

    /// <summary>One credential shared by both clients, so a token is fetched once (null with a connection string).</summary>
    private sealed record StorageCredential(Azure.Core.TokenCredential? Value);
}
