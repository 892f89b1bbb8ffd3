using Reports.Domain.Ports;
using Reports.Infrastructure.Providers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static Reports.Infrastructure.Tests.Providers.MarketDataHost;

namespace Reports.Infrastructure.Tests.Providers;

public sealed class BinanceSourceTests : IDisposable
{
    private const string KlinesPath = "/api/v3/klines";
    private const string OpenInterestPath = "/futures/data/openInterestHist";
    private const long DayStartMs = 1769990400000; // 2026-02-02T00:00Z
    private const long NextDayMs = 1770076800000;  // 2026-02-03T00:00Z

    private readonly ProviderServer _server = ProviderServer.Start();

    public void Dispose() => _server.Dispose();

    private IMarketDataSource Source(string assets = "BTC", DateTimeOffset? now = null, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MarketData:Assets"] = assets,
            ["MarketData:Binance:SpotBaseUrl"] = _server.Url,
            ["MarketData:Binance:FuturesBaseUrl"] = _server.Url + "/",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return Build(settings, now).Source("binance");
    }

    private static IRequestBuilder Klines(string symbol, string interval) =>
        Request.Create().WithPath(KlinesPath).WithParam("symbol", symbol).WithParam("interval", interval);

    private static IRequestBuilder OpenInterest(string symbol) =>
        Request.Create().WithPath(OpenInterestPath).WithParam("symbol", symbol).WithParam("period", "1d");

    private static IResponseBuilder File(string name, int status = 200) => ProviderServer.Json("binance", name, status);

    /// <summary>Serves the recorded day of <paramref name="symbol"/>, with any of its three answers replaced.</summary>
    private void ServeDay(
        string symbol, IResponseBuilder? daily = null, IResponseBuilder? fourHour = null, IResponseBuilder? openInterest = null, bool fourHourServedElsewhere = false)
    {
        _server.Serve(Klines(symbol, "1d"), daily ?? File($"klines-{symbol}-1d.json"));
        if (!fourHourServedElsewhere)
        {
            _server.Serve(Klines(symbol, "4h"), fourHour ?? File($"klines-{symbol}-4h.json"));
        }
        _server.Serve(OpenInterest(symbol), openInterest ?? File($"open-interest-{symbol}.json"));
    }

    [Fact]
    public async Task A_closed_day_gives_the_daily_candle_six_four_hour_candles_and_open_interest_per_asset()
    {
        ServeDay("BTCUSDT");
        ServeDay("ETHUSDT");

        var fetch = await Source("BTC,ETH").FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal("binance", fetch.Snapshot.Source);
        Assert.Null(fetch.Snapshot.Global);
        Assert.Equal(["BTC", "ETH"], fetch.Snapshot.Assets.Select(a => a.Symbol));

        var btc = fetch.Snapshot.Assets[0];
        var daily = btc.Daily!;
        Assert.Equal(new DateTimeOffset(2026, 2, 2, 0, 0, 0, TimeSpan.Zero), daily.OpenTime);
        Assert.Equal((78512.30m, 79980.00m, 76205.10m, 77410.55m), (daily.Open, daily.High, daily.Low, daily.Close));
        Assert.Equal(1412345678.901234m, daily.Volume); // quote (USDT) volume, not the BTC amount
        Assert.Equal([0, 4, 8, 12, 16, 20], btc.FourHour.Select(c => c.OpenTime.Hour));
        Assert.All(btc.FourHour, c => Assert.Equal(Day, c.Day));
        Assert.Equal(76205.10m, btc.FourHour[2].Low);
        Assert.Equal(77410.55m, btc.FourHour[5].Close);
        Assert.Equal(new Reports.Domain.Market.DerivativesPoint(Day, 7596543210.12345678m, null, null), btc.Derivatives);

        var eth = fetch.Snapshot.Assets[1];
        Assert.Equal(2388.20m, eth.Daily!.Close);
        Assert.Equal(4805921117.96m, eth.Derivatives!.OpenInterestUsd); // timestamp sent as a string there

        Assert.Equal(6, fetch.Raw.Count);
        Assert.All(fetch.Raw, r => Assert.Equal(200, r.StatusCode));
        Assert.Equal(
            $"{_server.Url}{KlinesPath}?symbol=BTCUSDT&interval=1d&startTime={DayStartMs}&endTime={NextDayMs - 1}&limit=1000",
            fetch.Raw[0].RequestUri);
        Assert.Equal(
            $"{_server.Url}{OpenInterestPath}?symbol=BTCUSDT&period=1d&startTime={NextDayMs}&endTime={NextDayMs}&limit=1",
            fetch.Raw[2].RequestUri);
    }

    [Fact]
    public async Task More_candles_than_a_page_are_fetched_page_by_page_by_time()
    {
        _server.Serve(Klines("BTCUSDT", "1d"), File("klines-BTCUSDT-1d.json"));
        _server.Serve(Klines("BTCUSDT", "4h").WithParam("startTime", DayStartMs.ToString()), File("klines-BTCUSDT-4h-page1.json"));
        _server.Serve(Klines("BTCUSDT", "4h").WithParam("startTime", (DayStartMs + 16 * 3_600_000L).ToString()), File("klines-BTCUSDT-4h-page2.json"));
        _server.Serve(OpenInterest("BTCUSDT"), File("open-interest-BTCUSDT.json"));

        var fetch = await Source(extra: ("MarketData:Binance:KlinesPageLimit", "4")).FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal([0, 4, 8, 12, 16, 20], fetch.Snapshot.Assets[0].FourHour.Select(c => c.OpenTime.Hour));
        var fourHourCalls = _server.Received(KlinesPath).Where(e => e.RequestMessage.Query!["interval"].Single() == "4h").ToList();
        Assert.Equal(2, fourHourCalls.Count);
        Assert.Equal(["4"], fourHourCalls.Select(e => e.RequestMessage.Query!["limit"].Single()).Distinct());
        Assert.Equal(4, fetch.Raw.Count);
    }

    [Fact]
    public async Task A_four_hour_bar_missing_in_the_middle_fails_the_whole_day()
    {
        ServeDay("BTCUSDT", fourHour: File("klines-BTCUSDT-4h-missing-0800.json"));

        var error = await Source().FailsAsync(Day, SourceFailure.InvalidData);

        Assert.Contains("got 5 of 6", error.Message);
        Assert.Contains("08:00 UTC", error.Message);
    }

    [Theory]
    [InlineData("klines-BTCUSDT-1d-nan-close.json", "close is \"NaN\"")]
    [InlineData("klines-BTCUSDT-1d-null-close.json", "close is null")]
    [InlineData("klines-BTCUSDT-1d-negative-low.json", "price at or below zero")]
    [InlineData("klines-BTCUSDT-1d-zero-open.json", "price at or below zero")]
    [InlineData("klines-BTCUSDT-1d-wrong-day.json", "answered a bar opening 2026-02-01 00:00Z, outside the days asked for")]
    [InlineData("empty.json", "empty array")]
    public async Task A_bad_daily_candle_is_invalid_data(string file, string message)
    {
        ServeDay("BTCUSDT", daily: File(file));

        var error = await Source().FailsAsync(Day, SourceFailure.InvalidData);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_truncated_body_is_malformed()
    {
        ServeDay("BTCUSDT", daily: File("klines-BTCUSDT-1d-truncated.json"));

        await Source().FailsAsync(Day, SourceFailure.Malformed);
    }

    [Theory]
    [InlineData("open-interest-wrong-symbol.json", "answered for symbol ETHUSDT")]
    [InlineData("open-interest-wrong-day.json", "answered a sample at 2026-02-02 00:00Z")]
    [InlineData("empty.json", "try again later")]
    public async Task Open_interest_for_another_symbol_or_instant_is_refused(string file, string message)
    {
        ServeDay("BTCUSDT", openInterest: File(file));

        var error = await Source().FailsAsync(Day, SourceFailure.InvalidData);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Days_older_than_the_open_interest_history_get_candles_but_no_open_interest()
    {
        ServeDay("BTCUSDT");
        var now = Now.AddDays(40);

        var fetch = await Source(now: now).FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal(77410.55m, fetch.Snapshot.Assets[0].Daily!.Close);
        Assert.Null(fetch.Snapshot.Assets[0].Derivatives);
        Assert.Equal(0, _server.Count(OpenInterestPath));
    }

    [Fact]
    public async Task A_day_that_has_not_closed_is_not_available()
    {
        var error = await Source().FailsAsync(Day.AddDays(1), SourceFailure.NotAvailableForDay);

        Assert.Contains("has not closed", error.Message);
        Assert.Empty(_server.Server.LogEntries);
    }

    [Fact]
    public async Task Http_451_is_region_blocked_names_the_setting_and_is_not_retried()
    {
        _server.Serve(Klines("BTCUSDT", "1d"), File("error-451.json", status: 451));

        var error = await Source().FailsAsync(Day, SourceFailure.RegionBlocked);

        Assert.Contains("MarketData:Binance:SpotBaseUrl", error.Message);
        Assert.Contains("https://data-api.binance.vision", error.Message);
        Assert.Contains("restricted location", error.Message);
        Assert.Equal(1, _server.Count(KlinesPath));
    }

    [Fact]
    public async Task Http_451_on_futures_names_the_futures_setting()
    {
        ServeDay("BTCUSDT", openInterest: File("error-451.json", status: 451));

        var error = await Source().FailsAsync(Day, SourceFailure.RegionBlocked);

        Assert.Contains("MarketData:Binance:FuturesBaseUrl", error.Message);
    }

    [Fact]
    public async Task An_unknown_symbol_is_invalid_data_quoting_binance()
    {
        _server.Serve(Klines("XYZUSDT", "1d"), File("error-invalid-symbol.json", status: 400));

        var error = await Source("XYZ").FailsAsync(Day, SourceFailure.InvalidData);

        Assert.Contains("Invalid symbol", error.Message);
        Assert.Equal(1, _server.Count(KlinesPath));
    }

    [Fact]
    public async Task An_ip_ban_418_is_rate_limited_and_not_retried()
    {
        _server.Serve(Klines("BTCUSDT", "1d"), File("error-429.json", status: 418).WithHeader("Retry-After", "600"));

        var error = await Source().FailsAsync(Day, SourceFailure.RateLimited);

        Assert.Contains("retry after 600 s", error.Message);
        Assert.Equal(1, _server.Count(KlinesPath));
    }

    [Fact]
    public async Task Too_many_requests_with_Retry_After_is_retried_then_the_day_completes()
    {
        ServeDay("BTCUSDT", fourHourServedElsewhere: true);
        _server.ServeInOrder(() => Klines("BTCUSDT", "4h"),
            File("error-429.json", status: 429).WithHeader("Retry-After", "1"),
            File("klines-BTCUSDT-4h.json"));

        var fetch = await Source().FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal(6, fetch.Snapshot.Assets[0].FourHour.Count);
        Assert.Equal(3, _server.Count(KlinesPath)); // 1d once, 4h twice
        Assert.Equal(3, fetch.Raw.Count);
    }

    private static readonly DateOnly RangeFrom = new(2026, 1, 31);

    private IMarketDataRangeSource RangeSource() =>
        Assert.IsAssignableFrom<IMarketDataRangeSource>(Source(extra: ("MarketData:Binance:KlinesPageLimit", "10")));

    private void ServeRange(string dailyFile = "range-klines-BTCUSDT-1d.json")
    {
        const long rangeStart = 1769817600000; // 2026-01-31T00:00Z
        _server.Serve(Klines("BTCUSDT", "1d"), File(dailyFile));
        _server.Serve(Klines("BTCUSDT", "4h").WithParam("startTime", rangeStart.ToString()), File("range-klines-BTCUSDT-4h-page1.json"));
        _server.Serve(Klines("BTCUSDT", "4h").WithParam("startTime", "1769961600000"), File("range-klines-BTCUSDT-4h-page2.json"));
        _server.Serve(OpenInterest("BTCUSDT"), File("range-open-interest-BTCUSDT.json"));
    }

    [Fact]
    public async Task A_run_of_days_is_fetched_with_paged_requests_and_split_per_day()
    {
        ServeRange();

        var fetch = await RangeSource().FetchDaysAsync(RangeFrom, Day, CancellationToken.None);

        Assert.Equal([RangeFrom, RangeFrom.AddDays(1), Day], fetch.Snapshots.Select(s => s.Day));
        var middle = fetch.Snapshots[1].Assets.Single();
        Assert.Equal((80100m, 80160m), (middle.Daily!.Open, middle.Daily.Close));
        Assert.Equal([0, 4, 8, 12, 16, 20], middle.FourHour.Select(c => c.OpenTime.Hour));
        Assert.Equal(80150m, middle.FourHour[5].Open); // first bar of the second page
        Assert.Equal(
            [7_500_000_000.5m, 7_510_000_000.5m, 7_520_000_000.5m],
            fetch.Snapshots.Select(s => s.Assets.Single().Derivatives!.OpenInterestUsd!.Value));
        // One 1d request, two 4h pages, one open-interest request for all three days.
        Assert.Equal(4, fetch.Raw.Count);
        Assert.Equal(3, _server.Count(KlinesPath));
        var oi = Assert.Single(_server.Received(OpenInterestPath)).RequestMessage.Query!;
        Assert.Equal(("1769904000000", "1770076800000", "3"), (oi["startTime"].Single(), oi["endTime"].Single(), oi["limit"].Single()));
    }

    [Fact]
    public async Task A_day_missing_in_the_middle_of_a_run_fails_the_whole_run()
    {
        ServeRange("range-klines-BTCUSDT-1d-missing-middle.json");

        var error = await Assert.ThrowsAsync<MarketDataSourceException>(() => RangeSource().FetchDaysAsync(RangeFrom, Day, CancellationToken.None));

        Assert.Equal(SourceFailure.InvalidData, error.Failure);
        Assert.Contains("BTCUSDT 1d candles for 2026-02-01 are missing", error.Message);
    }
}
