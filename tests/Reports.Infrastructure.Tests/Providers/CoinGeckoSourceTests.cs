using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using WireMock.RequestBuilders;
using static Reports.Infrastructure.Tests.Providers.MarketDataHost;

namespace Reports.Infrastructure.Tests.Providers;

public sealed class CoinGeckoSourceTests : IDisposable
{
    private const string GlobalPath = "/api/v3/global";
    private readonly ProviderServer _server = ProviderServer.Start();

    public void Dispose() => _server.Dispose();

    private Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MarketData:CoinGecko:BaseUrl"] = _server.Url + "/api/v3",
            ["MarketData:CoinGecko:ApiKey"] = "demo-key-123",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return settings;
    }

    private IMarketDataSource Source(DateTimeOffset? now = null, params (string Key, string? Value)[] extra) =>
        Build(Settings(extra), now).Source("coingecko");

    private static IRequestBuilder Global() => Request.Create().WithPath(GlobalPath);

    [Fact]
    public async Task Yesterday_shortly_after_midnight_gets_the_global_market_cap_and_volume()
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", "global.json"));

        var fetch = await Source().FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal("coingecko", fetch.Snapshot.Source);
        Assert.Equal(Day, fetch.Snapshot.Day);
        var global = Assert.IsType<Reports.Domain.Market.MarketCapPoint>(fetch.Snapshot.Global);
        Assert.Equal(Day, global.Date);
        Assert.Equal(2612345678901.5m, global.TotalMarketCapUsd);
        Assert.Equal(132456789012.25m, global.TotalVolumeUsd);
        Assert.Empty(fetch.Snapshot.Assets);
        Assert.Empty(fetch.Snapshot.CrossMarkets);

        var raw = Assert.Single(fetch.Raw);
        Assert.Equal(_server.Url + GlobalPath, raw.RequestUri);
        Assert.Equal(200, raw.StatusCode);
        Assert.StartsWith("application/json", raw.ContentType);
        Assert.Equal(File.ReadAllBytes(TestData.Path("coingecko", "global.json")), raw.Body);
        Assert.Equal(Now, raw.ReceivedAt);

        var sent = Assert.Single(_server.Received(GlobalPath));
        Assert.Equal("demo-key-123", sent.RequestMessage.Headers!["x-cg-demo-api-key"].Single());
    }

    [Fact]
    public async Task Today_is_served_as_the_running_figure()
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", "global.json"));

        var fetch = await Source().FetchDayAsync(Day.AddDays(1), CancellationToken.None);

        Assert.Equal(2612345678901.5m, fetch.Snapshot.Global!.TotalMarketCapUsd);
        Assert.Equal(Day.AddDays(1), fetch.Snapshot.Global.Date);
    }

    [Fact]
    public async Task Pro_plan_sends_the_pro_key_header()
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", "global.json"));

        await Source(null, ("MarketData:CoinGecko:Plan", "Pro"), ("MarketData:CoinGecko:ApiKey", "pro-key-9")).FetchDayAsync(Day, CancellationToken.None);

        var headers = Assert.Single(_server.Received(GlobalPath)).RequestMessage.Headers!;
        Assert.Equal("pro-key-9", headers["x-cg-pro-api-key"].Single());
        Assert.False(headers.ContainsKey("x-cg-demo-api-key"));
    }

    [Fact]
    public void Pro_plan_without_a_key_fails_at_start_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Build(Settings(("MarketData:CoinGecko:Plan", "Pro"), ("MarketData:CoinGecko:ApiKey", null))));
        Assert.Contains("MarketData:CoinGecko:ApiKey is required when Plan is Pro", error.Message);
    }

    [Fact]
    public async Task An_older_day_is_not_available_and_says_how_to_seed_history()
    {
        var error = await Source().FailsAsync(Day.AddDays(-1), SourceFailure.NotAvailableForDay);

        Assert.Contains("CSV", error.Message);
        Assert.Contains("global.csv", error.Message);
        Assert.Equal(0, _server.Count(GlobalPath));
    }

    [Fact]
    public async Task Yesterday_is_refused_once_the_grace_period_after_midnight_is_over()
    {
        var error = await Source(Now.AddHours(5)).FailsAsync(Day, SourceFailure.NotAvailableForDay);

        Assert.Contains("3 h after midnight", error.Message);
        Assert.Equal(0, _server.Count(GlobalPath));
    }

    [Fact]
    public async Task A_figure_last_updated_on_another_day_is_refused()
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", "global-stale.json"));

        var error = await Source().FailsAsync(Day, SourceFailure.InvalidData);

        Assert.Contains("2026-01-31 00:25:00Z", error.Message);
    }

    [Theory]
    [InlineData("global-null-cap.json", SourceFailure.InvalidData, "total_market_cap.usd is null")]
    [InlineData("global-zero-cap.json", SourceFailure.InvalidData, "total_market_cap.usd is 0")]
    [InlineData("global-negative-volume.json", SourceFailure.InvalidData, "total_volume.usd is -5")]
    [InlineData("global-truncated.json", SourceFailure.Malformed, "did not return valid JSON")]
    public async Task Bad_figures_are_refused_with_a_clear_message(string file, SourceFailure failure, string message)
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", file));

        var error = await Source().FailsAsync(Day, failure);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_refused_key_is_unauthorized_and_not_retried()
    {
        _server.Serve(Global(), ProviderServer.Json("coingecko", "error-401.json", status: 401));

        var error = await Source().FailsAsync(Day, SourceFailure.Unauthorized);

        Assert.Contains("MarketData:CoinGecko:ApiKey", error.Message);
        Assert.Contains("API Key Missing", error.Message);
        Assert.Equal(1, _server.Count(GlobalPath));
    }
}
