using Microsoft.Azure.Functions.Worker;
using Reports.Functions.Http;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;

namespace Reports.Functions.Tests.Storage;

/// <summary>Issue 10 #5: a container deleted while the worker runs is created again by the next write, not fatal until restart.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LostContainerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_deleted_reports_container_is_recreated_by_the_next_build()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Binance()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);
        Assert.True(await app.Reports.GetBlobClient("2026/02/01/flow-report.figures").ExistsAsync());

        await app.Reports.DeleteAsync();
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await app.Reports.GetBlobClient("2026/02/01/flow-report.figures").ExistsAsync());
    }

    [Fact]
    public async Task A_deleted_snapshots_container_is_recreated_by_the_next_ingest()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        await app.Snapshots.DeleteAsync();
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await app.Snapshots.GetBlobClient("daily/gecko/2026/02/01.json").ExistsAsync());
    }

    [Fact]
    public async Task Sources_name_the_store_and_blob_folder_without_the_account_url()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        var data = await app.Get<Reports.Domain.Ports.IMarketDataStore>().LoadAsync(null, CancellationToken.None);

        var source = Assert.Single(data.Sources, s => s.Name.StartsWith("gecko"));
        Assert.Equal($"blob storage: {app.Snapshots.Name}/daily/gecko/", source.Origin);
    }
}
