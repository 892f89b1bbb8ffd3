using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Tests.Support;
using Reports.Infrastructure.DataFolder;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Tests.Storage;

/// <summary>
/// The CLI's import path (<see cref="ImportMarketData"/>): the bundled samples/ folder seeded into Azurite reads back
/// as the same history, and a report built from blobs has the same figures as one built from the folder.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ImportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_samples_folder_imported_into_blobs_reads_back_as_the_same_history()
    {
        var folder = new DataFolderStore(RepositoryFolder.Combine("samples"));
        var fromFolder = await folder.LoadAsync(null, CancellationToken.None);
        await using var app = TestApp.Create(azurite.ConnectionString, []);

        var result = await app.Get<ImportMarketData>().RunAsync(fromFolder, "samples", CancellationToken.None);
        var fromBlobs = await app.Get<IMarketDataStore>().LoadAsync(null, CancellationToken.None);

        Assert.Equal(fromFolder.LastDay!.Value.DayNumber - fromFolder.Global[0].Date.DayNumber + 1, result.Days);
        Assert.Equal(result.Days, result.Stored);
        Assert.True(result.Label.Synthetic); // samples mix real prices with synthetic market cap, 4h and derivatives
        Assert.Contains("Yahoo Finance", result.Label.Provenance);

        Assert.Equal(fromFolder.Global, fromBlobs.Global);
        Assert.Equal(fromFolder.CoinCaps, fromBlobs.CoinCaps);
        Assert.Equal(result.Days, result.CoinCapDays);
        Assert.Equal(fromFolder.Assets.Select(a => a.Symbol), fromBlobs.Assets.Select(a => a.Symbol));
        foreach (var (expected, actual) in fromFolder.Assets.Zip(fromBlobs.Assets))
        {
            Assert.Equal(expected.Daily, actual.Daily);
            Assert.Equal(expected.FourHour, actual.FourHour);
            Assert.Equal(expected.Derivatives, actual.Derivatives);
        }
        Assert.Equal(fromFolder.CrossMarkets.Select(m => (m.Name, m.Daily.Count)), fromBlobs.CrossMarkets.Select(m => (m.Name, m.Daily.Count)));
        Assert.Equal(fromFolder.CrossMarkets.SelectMany(m => m.Daily), fromBlobs.CrossMarkets.SelectMany(m => m.Daily));
        Assert.Equal(fromFolder.Events, fromBlobs.Events);
        Assert.Empty(fromBlobs.Warnings);
        var source = Assert.Single(fromBlobs.Sources, s => s.Name == "samples daily snapshots");
        Assert.True(source.Synthetic);
        // The caps keep their own file's label: generated in the samples, whatever the other files are.
        var caps = Assert.Single(fromBlobs.Sources, s => s.Name == MarketData.CoinCapsSourceName);
        Assert.Equal((true, "synthetic: samples/.generate/generate.py (seed 20260225)"), (caps.Synthetic, caps.Provenance));

        // Same figures for the last day, whichever store the report was built from.
        var day = fromFolder.LastDay!.Value;
        var folderReport = new BuildReport(folder).Build(fromFolder, new ReportRequest(day)).Analysis;
        var blobReport = await new BuildReport(app.Get<IMarketDataStore>()).RunAsync(new ReportRequest(day), CancellationToken.None);
        Assert.Equal(folderReport.Market with { Liquidations = null }, blobReport.Analysis.Market with { Liquidations = null });
        Assert.Equal(folderReport.Market.Liquidations!.TotalUsd, blobReport.Analysis.Market.Liquidations!.TotalUsd);
        Assert.Equal(folderReport.Assets.Select(a => (a.Close, a.WeekChangePct, a.OpenInterestUsd)), blobReport.Analysis.Assets.Select(a => (a.Close, a.WeekChangePct, a.OpenInterestUsd)));
        Assert.Equal(folderReport.Attribution!.Drain, blobReport.Analysis.Attribution!.Drain);

        // A second import finds every day stored and changes nothing.
        var again = await app.Get<ImportMarketData>().RunAsync(fromFolder, "samples", CancellationToken.None);
        Assert.Equal((0, result.Days, 0, 0), (again.Stored, again.AlreadyStored, again.EventDays, again.CoinCapDays));
    }

    [Fact]
    public async Task The_cli_entry_point_opens_storage_from_one_connection_argument()
    {
        var container = $"cli-{Guid.NewGuid():N}"[..20];
        var storage = ReportsStorage.Open(azurite.ConnectionString, o => o.SnapshotsContainer = container);
        var days = Enumerable.Range(0, 3).Select(i => new DateOnly(2026, 1, 5).AddDays(i)).ToList();
        var data = DailySnapshotMerger.Merge(days.Select(d => TestMarket.GeckoDay(d).Snapshot));

        var result = await new ImportMarketData(storage.Writer).RunAsync(data, "import", CancellationToken.None);
        var report = await new BuildReport(storage.Store).RunAsync(new ReportRequest(days[^1], ["BTC"]), CancellationToken.None);

        Assert.Equal((3, 3), (result.Days, result.Stored));
        Assert.Equal(TestMarket.BtcClose(days[^1]), report.Analysis.Assets.Single().Close);
        Assert.Equal($"blob: devstoreaccount1/{container}", storage.Store.Description);
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => ReportsStorage.Open("AccountName=x;NoKey"));
    }

    [Fact]
    public async Task Data_that_breaks_the_rules_imports_nothing()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, []);
        var day = new DateOnly(2026, 1, 5);
        var data = MarketData.Empty with
        {
            Global = [new MarketCapPoint(day, 3e12m, null), new MarketCapPoint(day.AddDays(1), -1m, null)],
        };

        var error = await Assert.ThrowsAsync<MarketDataException>(
            () => new ImportMarketData(app.Get<ISnapshotWriter>()).RunAsync(data, "import", CancellationToken.None));

        Assert.Contains("2026-01-06: total market cap is not positive", error.Message);
        Assert.False(await app.Snapshots.ExistsAsync());
    }
}
