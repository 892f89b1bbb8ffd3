using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using WireMock.RequestBuilders;
using static Reports.Infrastructure.Tests.Providers.MarketDataHost;

namespace Reports.Infrastructure.Tests.Providers;

public sealed class CrossMarketSourceTests : IDisposable
{
    private const string StooqPath = "/q/d/l/";
    private const string YahooGoldPath = "/v8/finance/chart/GC=F";
    private readonly ProviderServer _stooq = ProviderServer.Start();
    private readonly ProviderServer _yahoo = ProviderServer.Start();

    public void Dispose()
    {
        _stooq.Dispose();
        _yahoo.Dispose();
    }

    private IMarketDataSource Source(string markets = "GOLD", params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MarketData:CrossMarkets"] = markets,
            ["MarketData:Stooq:BaseUrl"] = _stooq.Url,
            ["MarketData:Yahoo:BaseUrl"] = _yahoo.Url,
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return Build(settings).Source("stooq");
    }

    private static IRequestBuilder Stooq(string symbol) => Request.Create().WithPath(StooqPath).WithParam("s", symbol);

    private static IRequestBuilder YahooGold() => Request.Create().WithPath(YahooGoldPath);

    [Fact]
    public async Task A_trading_day_gives_each_markets_daily_bar_from_stooq()
    {
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Text("stooq", "gold-2026-02-02.csv"));
        _stooq.Serve(Stooq("si.f"), ProviderServer.Text("stooq", "silver-2026-02-02-no-volume.csv"));
        _stooq.Serve(Stooq("^ndq"), ProviderServer.Text("stooq", "nasdaq-2026-02-02.csv"));

        var fetch = await Source("GOLD,SILVER,NASDAQ", ("MarketData:Stooq:ApiKey", "stooq-secret")).FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal("stooq", fetch.Snapshot.Source);
        Assert.Empty(fetch.Snapshot.Assets);
        Assert.Equal(
            [
                new CrossMarketDay("GOLD", Candle.Daily(Day, 4651.2m, 4703.9m, 4590.1m, 4621.7m, 187231m)),
                new CrossMarketDay("SILVER", Candle.Daily(Day, 78.25m, 79.9m, 76.41m, 77.02m, 0m)),
                new CrossMarketDay("NASDAQ", Candle.Daily(Day, 18250.35m, 18402.1m, 17890.55m, 17955.2m, 7123456789m)),
            ],
            fetch.Snapshot.CrossMarkets);

        var sent = _stooq.Received(StooqPath)[0].RequestMessage.Query!;
        Assert.Equal(("d", "20260202", "20260202", "stooq-secret"), (sent["i"].Single(), sent["d1"].Single(), sent["d2"].Single(), sent["apikey"].Single()));
        Assert.Equal($"{_stooq.Url}{StooqPath}?s=gc.f&i=d&d1=20260202&d2=20260202", fetch.Raw[0].RequestUri);
        Assert.All(fetch.Raw, r => Assert.DoesNotContain("stooq-secret", r.RequestUri));
        Assert.Equal(0, _yahoo.Count(YahooGoldPath));
    }

    [Fact]
    public async Task A_weekend_has_no_bars_and_that_is_not_an_error()
    {
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Text("stooq", "no-data.txt", "text/plain"));
        _stooq.Serve(Stooq("^ndq"), ProviderServer.Text("stooq", "no-data.txt", "text/plain"));
        var saturday = new DateOnly(2026, 1, 31);

        var fetch = await Source("GOLD,NASDAQ").FetchDayAsync(saturday, CancellationToken.None);

        Assert.Empty(fetch.Snapshot.CrossMarkets);
        Assert.Equal(2, fetch.Raw.Count);
        Assert.Equal(0, _yahoo.Count(YahooGoldPath));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task When_stooq_fails_yahoo_fills_the_day(int status)
    {
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Status(status));
        _yahoo.Serve(YahooGold(), ProviderServer.Json("yahoo", "chart-GC=F.json"));

        var fetch = await Source().FetchDayAsync(Day, CancellationToken.None);

        // Yahoo stamps the session 00:00 New York; its local date is the day asked for.
        var gold = Assert.Single(fetch.Snapshot.CrossMarkets);
        Assert.Equal(new CrossMarketDay("GOLD", Candle.Daily(Day, 4650.0m, 4702.3m, 4588.8m, 4620.4m, 187654m)), gold);
        var raw = Assert.Single(fetch.Raw);
        Assert.StartsWith($"{_yahoo.Url}/v8/finance/chart/GC%3DF?period1=1769904000&period2=1770163200&interval=1d", raw.RequestUri);
    }

    [Theory]
    [InlineData("daily-hits-limit.txt")]
    [InlineData("apikey-required.html")]
    [InlineData("gold-nan-close.csv")]
    [InlineData("gold-negative-close.csv")]
    [InlineData("gold-2026-01-30-wrong-day.csv")]
    public async Task A_bad_stooq_answer_falls_back_to_yahoo(string file)
    {
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Text("stooq", file));
        _yahoo.Serve(YahooGold(), ProviderServer.Json("yahoo", "chart-GC=F.json"));

        var fetch = await Source().FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal(4620.4m, Assert.Single(fetch.Snapshot.CrossMarkets).Daily.Close);
        Assert.Equal(1, _yahoo.Count(YahooGoldPath));
    }

    [Theory]
    [InlineData("gold-nan-close.csv", SourceFailure.InvalidData, "'NaN', not a number")]
    [InlineData("gold-negative-close.csv", SourceFailure.InvalidData, "price at or below zero")]
    [InlineData("gold-2026-01-30-wrong-day.csv", SourceFailure.InvalidData, "answered a bar for 2026-01-30")]
    [InlineData("daily-hits-limit.txt", SourceFailure.RateLimited, "daily download limit")]
    [InlineData("apikey-required.html", SourceFailure.Malformed, "MarketData:Stooq:ApiKey")]
    public async Task Without_the_fallback_a_bad_stooq_answer_fails_with_a_clear_message(string file, SourceFailure failure, string message)
    {
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Text("stooq", file));

        var error = await Source("GOLD", ("MarketData:Yahoo:Enabled", "false")).FailsAsync(Day, failure);

        Assert.Contains(message, error.Message);
        Assert.Equal(0, _yahoo.Count(YahooGoldPath));
    }

    [Theory]
    [InlineData("chart-GC=F-null-close.json", "null price")]
    [InlineData("chart-wrong-symbol.json", "answered for SI=F")]
    [InlineData("chart-not-found.json", "No data found")]
    [InlineData("chart-GC=F-wrong-day.json", "answered a bar for 2026-01-26")]
    public async Task When_both_fail_the_day_fails_naming_both(string yahooFile, string message)
    {
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Status(500));
        _yahoo.Serve(YahooGold(), ProviderServer.Json("yahoo", yahooFile));

        var error = await Source().FailsAsync(Day, SourceFailure.Unavailable);

        Assert.Contains("Stooq failed", error.Message);
        Assert.Contains("HTTP 500", error.Message);
        Assert.Contains("Yahoo fallback failed too", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_market_failing_on_both_fails_the_whole_day_even_after_others_succeeded()
    {
        _stooq.Serve(Stooq("^ndq"), ProviderServer.Text("stooq", "nasdaq-2026-02-02.csv"));
        _stooq.Serve(Stooq("gc.f"), ProviderServer.Status(503));
        _yahoo.Serve(YahooGold(), ProviderServer.Status(503));

        await Source("NASDAQ,GOLD").FailsAsync(Day, SourceFailure.Unavailable);
    }

    [Fact]
    public void A_cross_market_without_a_symbol_fails_at_start_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Source("GOLD,COPPER"));

        Assert.Contains("MarketData:Stooq:Symbols has no symbol for COPPER", error.Message);
        Assert.Contains("MarketData:Yahoo:Symbols has no symbol for COPPER", error.Message);
    }

    [Fact]
    public async Task A_symbol_map_entry_can_be_overridden()
    {
        _stooq.Serve(Stooq("xauusd"), ProviderServer.Text("stooq", "gold-2026-02-02.csv"));

        var fetch = await Source("GOLD", ("MarketData:Stooq:Symbols:GOLD", "xauusd")).FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal(4621.7m, Assert.Single(fetch.Snapshot.CrossMarkets).Daily.Close);
    }
}
