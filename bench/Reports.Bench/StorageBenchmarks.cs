using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Infrastructure.DataFolder;
using Reports.Infrastructure.Storage;
using Reports.Rendering;

namespace Reports.Bench;

/// <summary>
/// What Blob Storage costs the daily report: BuildDailyReport's work (load history, analyse, render, store) on the
/// samples/ folder imported into a local Azurite, against the CLI's path (load the folder, analyse, render).
/// The ratio of the two means is the storage overhead quoted in docs/storage.md.
/// Run: dotnet run -c Release --project bench/Reports.Bench -- --filter '*StorageBenchmarks*'
/// (needs Azurite from scripts/setup-test-services.sh).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private AzuriteProcess azurite = null!;
    private string samples = null!;
    private DateOnly day;
    private IMarketDataStore blobStore = null!;
    private PublishReport publish = null!;

    [GlobalSetup]
    public void Setup()
    {
        samples = RepositoryFolder.Combine("samples");
        azurite = AzuriteProcess.StartNewAsync().GetAwaiter().GetResult();
        var storage = ReportsStorage.Open(azurite.ConnectionString);
        var data = new DataFolderStore(samples).LoadAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        day = data.LastDay ?? throw new InvalidOperationException("samples/ has no data");
        new ImportMarketData(storage.Writer).RunAsync(data, "samples", CancellationToken.None).GetAwaiter().GetResult();
        blobStore = storage.Store;
        publish = new PublishReport(new BuildReport(storage.Store), storage.Reports, Renderers());
    }

    [GlobalCleanup]
    public void Cleanup() => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The CLI's path: the data folder straight from disk.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> FolderLoadBuildRender()
    {
        var store = new DataFolderStore(samples);
        var report = await new BuildReport(store).RunAsync(new ReportRequest(day), CancellationToken.None);
        return Renderers().Sum(r => r.Render(report).Length);
    }

    /// <summary>BuildDailyReport's path: every stored daily blob listed and downloaded, reports written back.</summary>
    [Benchmark]
    public async Task<int> BlobLoadBuildRenderStore()
    {
        var result = await publish.RunAsync(day, CancellationToken.None);
        return result.Formats.Sum(f => f.Bytes);
    }

    /// <summary>Only the loading half, to show where the time goes.</summary>
    [Benchmark]
    public async Task<int> BlobLoadOnly() => (await blobStore.LoadAsync(day, CancellationToken.None)).Global.Count;

    private static IReadOnlyList<IReportRenderer> Renderers() => ReportRenderers.All;
}
