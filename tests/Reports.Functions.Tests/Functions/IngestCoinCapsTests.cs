using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Domain.UseCases;
using Reports.Functions.Tests.Support;
using Reports.Functions.Timers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Reports.Functions.Tests.Functions;

/// <summary>
/// The daily ingest's per-coin caps end to end: IngestDaily against Azurite, with CoinGecko played on 127.0.0.1
/// (/global and /coins/markets in their documented shapes) and Binance as a fake. The app clock is 00:15 UTC on
/// 2 February, so 1 February has just closed and is inside CoinGecko's 3-hour grace period.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestCoinCapsTests(AzuriteFixture azurite) : IDisposable
{
    private const string MarketsPath = "/api/v3/coins/markets";
    private static readonly DateOnly Day = TestApp.Yesterday;

    /// <summary>/global as CoinGecko answers it, updated 00:10 UTC on 2 February (1769991000).</summary>
    private const string Global = """{"data":{"active_cryptocurrencies":17000,"markets":1300,"total_market_cap":{"usd":2612345678901.5,"btc":33745123.4},"total_volume":{"usd":132456789012.25},"market_cap_percentage":{"btc":59.0,"eth":10.6},"market_cap_change_percentage_24h_usd":-1.9,"updated_at":1769991000}}""";

    /// <summary>/coins/markets (fields trimmed to those read plus a few of the documented rest), largest first.</summary>
    private const string Markets = """
        [
          {"id":"bitcoin","symbol":"btc","name":"Bitcoin","current_price":77410.55,"market_cap":1541234567890.12,"market_cap_rank":1,"total_volume":41234567890.5,"last_updated":"2026-02-02T00:09:41.873Z"},
          {"id":"ethereum","symbol":"eth","name":"Ethereum","current_price":2298.4,"market_cap":277412345678.9,"market_cap_rank":2,"total_volume":19876543210,"last_updated":"2026-02-02T00:09:52.114Z"},
          {"id":"tether","symbol":"usdt","name":"Tether","current_price":0.999812,"market_cap":186123456789,"market_cap_rank":3,"total_volume":78123456789,"last_updated":"2026-02-02T00:09:50.006Z"},
          {"id":"usd-coin","symbol":"usdc","name":"USDC","current_price":0.99991,"market_cap":74567890123.45,"market_cap_rank":4,"total_volume":9876543210,"last_updated":"2026-02-02T00:09:45.001Z"}
        ]
        """;

    private static readonly CoinMarketCap[] Expected =
    [
        new(Day, "BTC", 1541234567890.12m, CoinCategory.Other),
        new(Day, "ETH", 277412345678.9m, CoinCategory.Other),
        new(Day, "USDC", 74567890123.45m, CoinCategory.Stablecoin),
        new(Day, "USDT", 186123456789m, CoinCategory.Stablecoin),
    ];

    private readonly WireMockServer coinGecko = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"], StartAdminInterface = false });

    public void Dispose() => coinGecko.Stop();

    private string Url => coinGecko.Urls[0].Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal);

    private int MarketsCalls => coinGecko.LogEntries.Count(e => e.RequestMessage.Path == MarketsPath);

    private TestApp App()
    {
        Serve("/api/v3/global", Json(Global), priority: 10);
        return TestApp.Create(azurite.ConnectionString, [FakeSource.Binance()], s =>
        {
            s["MarketData:CoinGecko:Enabled"] = "true";
            s["MarketData:CoinGecko:BaseUrl"] = Url + "/api/v3";
            s["MarketData:CoinGecko:ApiKey"] = "demo-key-123";
            // The app's TimeProvider is fake, and the resilience pipeline waits on it: no retries, so no wait.
            s["MarketData:CoinGecko:MaxRetries"] = "0";
            s["MarketData:CoinGecko:RateLimitPermits"] = "1000";
            s["MarketData:GlobalEstimate:TopCoins"] = "4";
        });
    }

    [Fact]
    public async Task The_day_that_just_closed_gets_its_caps_once_with_categories_and_a_rerun_writes_nothing()
    {
        Serve(MarketsPath, Json(Markets), priority: 10);
        await using var app = App();

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        // Only 1 February: the catch-up days 29-31 January are older than a current snapshot can tell.
        Assert.Equal(["marketcaps/2026/02/01.json"], await NamesAsync(app, "marketcaps/"));
        Assert.True(await app.Snapshots.GetBlobClient("daily/coingecko/2026/02/01.json").ExistsAsync());
        var data = await app.Get<IMarketDataStore>().LoadAsync(Day, CancellationToken.None);
        Assert.Equal(Expected, data.CoinCaps.OrderBy(c => c.Symbol, StringComparer.Ordinal));
        var sent = Assert.Single(coinGecko.LogEntries, e => e.RequestMessage.Path == MarketsPath).RequestMessage;
        Assert.Equal("demo-key-123", sent.Headers!["x-cg-demo-api-key"].Single());
        Assert.Equal("4", sent.Query!["per_page"].Single());
        Assert.Contains(app.Logs.GetSnapshot(), r => IsCapsIngestLine(r) && r.Message.EndsWith(" marketcaps: Stored", StringComparison.Ordinal));

        var etag = (await app.Snapshots.GetBlobClient("marketcaps/2026/02/01.json").GetPropertiesAsync()).Value.ETag;
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(etag, (await app.Snapshots.GetBlobClient("marketcaps/2026/02/01.json").GetPropertiesAsync()).Value.ETag);
        Assert.Equal(["marketcaps/2026/02/01.json"], await NamesAsync(app, "marketcaps/"));
        Assert.Equal(1, MarketsCalls); // a stored day is not asked again
        Assert.Contains(app.Logs.GetSnapshot(), r => IsCapsIngestLine(r) && r.Message.EndsWith(" marketcaps: AlreadyStored", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(429, "RateLimited")]
    [InlineData(500, "Unavailable")]
    public async Task A_failing_caps_fetch_leaves_the_other_sources_stored_no_caps_blob_and_the_next_run_retries(int status, string failure)
    {
        Serve(MarketsPath, Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
            .WithBody("""{"status":{"error_code":429,"error_message":"You've exceeded the Rate Limit."}}"""), priority: 10);
        await using var app = App();

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.True(await app.Snapshots.GetBlobClient("daily/coingecko/2026/02/01.json").ExistsAsync());
        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
        Assert.Empty(await NamesAsync(app, "marketcaps/"));
        var logged = Assert.Single(app.Logs.GetSnapshot(), IsCapsIngestLine);
        Assert.Equal(LogLevel.Error, logged.Level); // retryable: worth a look if it lasts
        Assert.Contains($"({failure}, retryable: True)", logged.Message);
        Assert.DoesNotContain('\n', logged.Message);

        // Within the grace period the next run asks again, and the caps are stored.
        Serve(MarketsPath, Json(Markets), priority: 1);
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(["marketcaps/2026/02/01.json"], await NamesAsync(app, "marketcaps/"));
        Assert.Equal(Expected, (await app.Get<IMarketDataStore>().LoadAsync(Day, CancellationToken.None)).CoinCaps.OrderBy(c => c.Symbol, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_malformed_answer_stores_no_caps_and_is_logged_as_not_retryable()
    {
        Serve(MarketsPath, Json("""[{"id":"bitcoin","symbol":"btc","market_cap":"""), priority: 10);
        await using var app = App();

        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Empty(await NamesAsync(app, "marketcaps/"));
        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
        var logged = Assert.Single(app.Logs.GetSnapshot(), IsCapsIngestLine);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("(Malformed, retryable: False)", logged.Message);
    }

    [Fact]
    public async Task An_older_day_and_a_run_after_the_grace_period_store_no_caps_and_ask_nothing()
    {
        Serve(MarketsPath, Json(Markets), priority: 10);
        await using var app = App();

        // A backfill of an older day (what a queued ingest request runs).
        var backfill = await app.Get<IngestDay>().RunAsync(Day.AddDays(-3), CancellationToken.None);
        Assert.DoesNotContain(backfill.Sources, s => s.Source == IngestDay.CoinCapsName);
        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/01/29.json").ExistsAsync());

        // 04:15 UTC: /coins/markets no longer tells 1 February's caps.
        app.Clock.Advance(TimeSpan.FromHours(4));
        await app.Function<IngestDaily>().RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Empty(await NamesAsync(app, "marketcaps/"));
        Assert.Equal(0, MarketsCalls);
        var logged = Assert.Single(app.Logs.GetSnapshot(), IsCapsIngestLine);
        Assert.Contains("NotAvailableForDay", logged.Message);
        Assert.True(await app.Snapshots.GetBlobClient("daily/binance/2026/02/01.json").ExistsAsync());
    }

    /// <summary>The ingest's own line about the caps (the HTTP client logs its calls too).</summary>
    private static bool IsCapsIngestLine(Microsoft.Extensions.Logging.Testing.FakeLogRecord r) =>
        r.Message.StartsWith("Ingest ", StringComparison.Ordinal) && r.Message.Contains(" marketcaps: ", StringComparison.Ordinal);

    private void Serve(string path, IResponseBuilder response, int priority) =>
        coinGecko.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(priority).RespondWith(response);

    private static IResponseBuilder Json(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    private static async Task<List<string>> NamesAsync(TestApp app, string prefix)
    {
        var names = new List<string>();
        if (!(await app.Snapshots.ExistsAsync()).Value) return names;
        await foreach (var blob in app.Snapshots.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
