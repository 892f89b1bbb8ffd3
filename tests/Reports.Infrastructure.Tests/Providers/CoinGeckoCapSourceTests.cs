using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using WireMock.RequestBuilders;
using static Reports.Infrastructure.Tests.Providers.MarketDataHost;

namespace Reports.Infrastructure.Tests.Providers;

/// <summary>The daily per-coin caps from CoinGecko's /coins/markets, on the same client, key and resilience as /global.</summary>
public sealed class CoinGeckoCapSourceTests : IDisposable
{
    private const string MarketsPath = "/api/v3/coins/markets";
    private readonly ProviderServer _server = ProviderServer.Start();

    public void Dispose() => _server.Dispose();

    private ICoinCapSource Source(DateTimeOffset? now = null, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MarketData:CoinGecko:BaseUrl"] = _server.Url + "/api/v3",
            ["MarketData:CoinGecko:ApiKey"] = "demo-key-123",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return Build(settings, now).GetRequiredService<ICoinCapSource>();
    }

    private static IRequestBuilder Markets() => Request.Create().WithPath(MarketsPath);

    private async Task<MarketDataSourceException> FailsAsync(ICoinCapSource source, DateOnly day, SourceFailure expected)
    {
        var error = await Assert.ThrowsAsync<MarketDataSourceException>(() => source.FetchCoinCapsAsync(day, CancellationToken.None));
        Assert.True(expected == error.Failure, $"expected {expected}, got {error.Failure}: {error.Message}");
        return error;
    }

    [Fact]
    public async Task The_day_that_just_closed_gets_the_top_coins_caps_with_their_categories()
    {
        _server.Serve(Markets(), ProviderServer.Json("coingecko", "markets.json"));

        var caps = await Source().FetchCoinCapsAsync(Day, CancellationToken.None);

        // Largest first; "usd+" breaks the ticker rule, the second "btc" (a small token) loses the ticker to Bitcoin,
        // and a coin without a cap yet (null) is no figure.
        Assert.Equal(
            [
                new CoinMarketCap(Day, "BTC", 1541234567890.12m, CoinCategory.Other),
                new CoinMarketCap(Day, "ETH", 277412345678.9m, CoinCategory.Other),
                new CoinMarketCap(Day, "USDT", 186123456789m, CoinCategory.Stablecoin),
                new CoinMarketCap(Day, "BNB", 102345678901m, CoinCategory.Other),
                new CoinMarketCap(Day, "USDC", 74567890123.45m, CoinCategory.Stablecoin),
            ],
            caps);

        var sent = Assert.Single(_server.Received(MarketsPath)).RequestMessage;
        Assert.Equal("demo-key-123", sent.Headers!["x-cg-demo-api-key"].Single());
        Assert.Equal("usd", sent.Query!["vs_currency"].Single());
        Assert.Equal("market_cap_desc", sent.Query["order"].Single());
        Assert.Equal("100", sent.Query["per_page"].Single());
        Assert.Equal("1", sent.Query["page"].Single());
    }

    [Fact]
    public async Task N_is_the_bootstraps_top_coins_setting()
    {
        _server.Serve(Markets(), ProviderServer.Json("coingecko", "markets.json"));

        var caps = await Source(null, ("MarketData:GlobalEstimate:TopCoins", "3")).FetchCoinCapsAsync(Day, CancellationToken.None);

        Assert.Equal("3", Assert.Single(_server.Received(MarketsPath)).RequestMessage.Query!["per_page"].Single());
        Assert.Equal(["BTC", "ETH", "USDT"], caps.Select(c => c.Symbol));
    }

    [Fact]
    public async Task An_older_day_is_never_served_and_nothing_is_asked()
    {
        var error = await FailsAsync(Source(), Day.AddDays(-1), SourceFailure.NotAvailableForDay);

        Assert.Contains("history bootstrap", error.Message);
        Assert.Equal(0, _server.Count(MarketsPath));
    }

    [Fact]
    public async Task The_day_that_closed_is_refused_once_the_grace_period_is_over()
    {
        var error = await FailsAsync(Source(Now.AddHours(3)), Day, SourceFailure.NotAvailableForDay);

        Assert.Contains("3 h after midnight UTC (MarketData:CoinGecko:YesterdayGracePeriod)", error.Message);
        Assert.Equal(0, _server.Count(MarketsPath));
    }

    [Fact]
    public async Task A_429_is_retried_like_global_and_then_the_caps_come()
    {
        _server.ServeInOrder(Markets,
            ProviderServer.Json("coingecko", "error-429.json", status: 429).WithHeader("Retry-After", "0"),
            ProviderServer.Json("coingecko", "markets.json"));

        var caps = await Source().FetchCoinCapsAsync(Day, CancellationToken.None);

        Assert.Equal(5, caps.Count);
        Assert.Equal(2, _server.Count(MarketsPath));
    }

    [Theory]
    [InlineData(429, SourceFailure.RateLimited)]
    [InlineData(500, SourceFailure.Unavailable)]
    public async Task A_provider_that_keeps_failing_fails_the_fetch_after_the_retries(int status, SourceFailure failure)
    {
        _server.Serve(Markets(), ProviderServer.Status(status, "{}"));

        await FailsAsync(Source(), Day, failure);

        Assert.Equal(4, _server.Count(MarketsPath)); // the first try and MaxRetries = 3
    }

    [Fact]
    public void Switching_coingecko_off_leaves_the_caps_out_too()
    {
        using var provider = Build(new Dictionary<string, string?> { ["MarketData:CoinGecko:Enabled"] = "false" });

        Assert.Null(provider.GetService<ICoinCapSource>());
    }

    [Fact]
    public async Task A_truncated_answer_is_malformed()
    {
        _server.Serve(Markets(), ProviderServer.Json("coingecko", "markets-truncated.json"));

        var error = await FailsAsync(Source(), Day, SourceFailure.Malformed);

        Assert.Contains("did not return valid JSON", error.Message);
    }
}
