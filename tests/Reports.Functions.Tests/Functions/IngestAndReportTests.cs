using Azure.Storage.Blobs.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Ports;
using Reports.Functions.Http;
using Reports.Functions.Timers;
using Reports.Functions.Tests.Support;
using Reports.Infrastructure.Storage;

namespace Reports.Functions.Tests.Functions;

[Collection(AzuriteCollection.Name)]
public sealed class IngestAndReportTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Day = TestApp.Yesterday;

    [Fact]
    public async Task A_day_ingested_by_the_timer_is_reported_end_to_end_through_blobs()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), FakeSource.Binance(), FakeSource.Stooq()]);

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);

        // The layout docs/storage.md promises: raw and normalised per source and day, the report per day.
        foreach (var source in new[] { TestMarket.Gecko, TestMarket.Binance, TestMarket.Stooq })
        {
            Assert.True(await app.Snapshots.GetBlobClient($"daily/{source}/2026/02/01.json").ExistsAsync());
            Assert.True(await app.Snapshots.GetBlobClient($"raw/{source}/2026/02/01.json").ExistsAsync());
        }
        var stored = (await app.Reports.GetBlobClient("2026/02/01/flow-report.figures").DownloadContentAsync()).Value;
        var figures = FiguresRenderer.Read(stored.Content.ToArray());

        // Figures that travelled source → blob → store → analysis → renderer, checked against TestMarket by hand:
        // n = 31 days after 1 January: BTC 100,000 - 500·31 = 84,500; cap 3.5e12 - 1e10·31 = 3.19e12.
        Assert.Equal("2026-02-01", figures["day"].Single());
        Assert.Equal(3_190_000_000_000m, decimal.Parse(figures["marketcap"].Single()));
        Assert.Equal(84_500m, decimal.Parse(figures["BTC.close"].Single()));
        Assert.Equal(2_380m, decimal.Parse(figures["ETH.close"].Single()));
        Assert.Equal(56_900_000_000m, decimal.Parse(figures["BTC.oi"].Single()));
        // 1 February 2026 is a Sunday: gold's last close is Friday 30 January.
        Assert.Equal("2026-01-30", figures["GOLD.last"].Single());
        // Catch-up covered 29 January to 1 February: four days per source, named by source in the methodology.
        Assert.Contains("binance daily snapshots|2026-01-29|2026-02-01|4|False", figures["source"]);
        Assert.Contains("gecko daily snapshots|2026-01-29|2026-02-01|4|False", figures["source"]);

        // The product's own formats are stored beside it, each with its content type.
        var pdf = (await app.Reports.GetBlobClient("2026/02/01/flow-report.pdf").DownloadContentAsync()).Value;
        Assert.Equal("application/pdf", pdf.Details.ContentType);
        Assert.Equal("%PDF-"u8.ToArray(), pdf.Content.ToArray()[..5]);
        var json = System.Text.Json.JsonDocument.Parse((await app.Reports.GetBlobClient("2026/02/01/flow-report.json").DownloadContentAsync()).Value.Content.ToArray()).RootElement;
        Assert.Equal("2026-02-01", json.GetProperty("date").GetString());
        Assert.Equal(figures["headline"].Single(), json.GetProperty("headline").GetString());
        Assert.True(await app.Reports.GetBlobClient("2026/02/01/flow-report.html").ExistsAsync());

        // GET without a selection serves exactly the stored report.
        var request = HttpCalls.Get(app.Services, "/api/reports/2026-02-01", "?format=figures");
        var response = await (await app.Function<GetReport>().RunAsync(request, "2026-02-01", CancellationToken.None)).ExecuteAsync(request);
        Assert.Equal(200, response.Status);
        Assert.Equal(stored.Content.ToArray(), response.Body);
    }

    [Fact]
    public async Task Running_ingest_again_is_a_no_op_that_asks_no_source_and_changes_no_blob()
    {
        var gecko = FakeSource.Gecko();
        await using var app = TestApp.Create(azurite.ConnectionString, [gecko, FakeSource.Binance()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        var before = await EtagsAsync(app);
        var fetches = gecko.Fetched.Count;

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(8 * 2, before.Count); // 4 days × 2 sources × (raw + daily)
        Assert.Equal(before, await EtagsAsync(app));
        Assert.Equal(fetches, gecko.Fetched.Count);
    }

    [Fact]
    public async Task A_failing_source_leaves_no_blob_the_others_are_stored_and_the_next_run_fills_it_in()
    {
        var binance = FakeSource.Binance();
        binance.Behaviour = (day, _) => day == Day
            ? throw new MarketDataSourceException(TestMarket.Binance, SourceFailure.Unavailable, "HTTP 503 after 3 retries")
            : Task.CompletedTask;
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko(), binance]);

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.False(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
        Assert.False(await app.Snapshots.GetBlobClient("raw/binance/2026/02/01.json").ExistsAsync());
        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/01/31.json").ExistsAsync());
        Assert.True(await app.Snapshots.GetBlobClient("daily/gecko/2026/02/01.json").ExistsAsync());
        var error = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("binance", error.Message);
        Assert.Contains("HTTP 503 after 3 retries", error.Message);

        // The report is still built, and says what is missing.
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);
        var report = FiguresRenderer.Read((await app.Reports.GetBlobClient("2026/02/01/flow-report.figures").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(84_500m, decimal.Parse(report["BTC.close"].Single()));
        Assert.Contains("daily/binance/: has no snapshot for 2026-02-01; its last stored day is 2026-01-31", report["warning"]);
        Assert.Contains("No open interest for BTC.", report["gap"]);

        // Next run: the source is back, the missing day is filled in, the stored ones are untouched.
        var geckoEtag = (await app.Snapshots.GetBlobClient("daily/gecko/2026/02/01.json").GetPropertiesAsync()).Value.ETag;
        binance.Behaviour = null;
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
        Assert.Equal(geckoEtag, (await app.Snapshots.GetBlobClient("daily/gecko/2026/02/01.json").GetPropertiesAsync()).Value.ETag);

        // Rebuilding the report after the fill-in replaces it; the new one has the open interest.
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);
        var rebuilt = FiguresRenderer.Read((await app.Reports.GetBlobClient("2026/02/01/flow-report.figures").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(56_900_000_000m, decimal.Parse(rebuilt["BTC.oi"].Single()));
        Assert.Empty(rebuilt["warning"]);
    }

    [Fact]
    public async Task A_source_sending_impossible_prices_is_refused_before_anything_is_written()
    {
        var broken = new FakeSource(TestMarket.Gecko, day =>
        {
            var good = TestMarket.GeckoDay(day);
            var btc = good.Snapshot.Assets[0];
            // High below low: a provider glitch that must never become a stored day.
            var bad = btc with { Daily = btc.Daily! with { High = 1m } };
            return good with { Snapshot = good.Snapshot with { Assets = [bad, good.Snapshot.Assets[1]] } };
        });
        await using var app = TestApp.Create(azurite.ConnectionString, [broken, FakeSource.Stooq()]);

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Empty(await NamesAsync(app, "daily/gecko/"));
        Assert.Empty(await NamesAsync(app, "raw/gecko/"));
        Assert.Equal(4, (await NamesAsync(app, "daily/stooq/")).Count);
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("InvalidData") && r.Message.Contains("BTC daily bar"));
    }

    [Fact]
    public async Task Building_the_same_report_twice_leaves_the_stored_blob_untouched()
    {
        await using var app = TestApp.Create(azurite.ConnectionString, [FakeSource.Gecko()]);
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);
        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);
        var blob = app.Reports.GetBlobClient("2026/02/01/flow-report.figures");
        var first = (await blob.GetPropertiesAsync()).Value;

        await app.Function<BuildDailyReport>().RunAsync(new TimerInfo(), CancellationToken.None);

        var second = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal("text/plain; charset=utf-8", second.ContentType);
        Assert.Equal(16, second.ContentHash.Length); // MD5 stored for readers to check
    }

    private static async Task<Dictionary<string, Azure.ETag>> EtagsAsync(TestApp app)
    {
        var etags = new Dictionary<string, Azure.ETag>();
        await foreach (var blob in app.Snapshots.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
            etags[blob.Name] = blob.Properties.ETag!.Value;
        return etags;
    }

    private static async Task<List<string>> NamesAsync(TestApp app, string prefix)
    {
        var names = new List<string>();
        if (!await app.Snapshots.ExistsAsync()) return names;
        await foreach (var blob in app.Snapshots.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }
}
