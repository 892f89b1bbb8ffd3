using Microsoft.Extensions.DependencyInjection;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers;
using WireMock.RequestBuilders;
using static Reports.Infrastructure.Tests.Providers.MarketDataHost;

namespace Reports.Infrastructure.Tests.Providers;

public sealed class CoinGlassSourceTests : IDisposable
{
    private const string LiquidationPath = "/api/futures/liquidation/aggregated-history";
    private readonly ProviderServer _server = ProviderServer.Start();

    public void Dispose() => _server.Dispose();

    private ServiceProvider Host(string assets = "BTC", string? key = "cg-key-42") => Build(new Dictionary<string, string?>
    {
        ["MarketData:Assets"] = assets,
        ["MarketData:CoinGlass:BaseUrl"] = _server.Url,
        ["MarketData:CoinGlass:ApiKey"] = key,
    });

    private static IRequestBuilder Liquidations(string coin) => Request.Create().WithPath(LiquidationPath).WithParam("symbol", coin);

    [Fact]
    public async Task A_closed_day_gives_long_and_short_liquidations_per_asset()
    {
        _server.Serve(Liquidations("BTC"), ProviderServer.Json("coinglass", "liquidations-BTC.json"));
        _server.Serve(Liquidations("ETH"), ProviderServer.Json("coinglass", "liquidations-ETH.json"));

        var fetch = await Host("BTC,ETH").Source("coinglass").FetchDayAsync(Day, CancellationToken.None);

        Assert.Equal("coinglass", fetch.Snapshot.Source);
        Assert.Equal(
            [new DerivativesPoint(Day, null, 512345678.12m, 98765432.1m), new DerivativesPoint(Day, null, 301234567.5m, 0m)],
            fetch.Snapshot.Assets.Select(a => a.Derivatives));
        Assert.Equal(611111110.22m, fetch.Snapshot.Assets[0].Derivatives!.TotalLiquidationsUsd);
        Assert.All(fetch.Snapshot.Assets, a => Assert.Null(a.Daily));

        var request = _server.Received(LiquidationPath)[0].RequestMessage;
        Assert.Equal("cg-key-42", request.Headers!["CG-API-KEY"].Single());
        Assert.Equal("Binance,OKX,Bybit", request.Query!["exchange_list"].Single());
        Assert.Equal("1d", request.Query["interval"].Single());
        Assert.Equal("1769990400000", request.Query["start_time"].Single());
        Assert.Equal("1770076799999", request.Query["end_time"].Single());
        Assert.DoesNotContain("cg-key-42", string.Join(" ", fetch.Raw.Select(r => r.RequestUri)));
        Assert.Equal(2, fetch.Raw.Count);
    }

    [Fact]
    public void Without_a_key_the_source_is_not_registered_and_liquidations_are_reported_unavailable()
    {
        using var host = Host(key: null);
        var catalog = host.GetRequiredService<MarketDataSourceCatalog>();

        Assert.DoesNotContain(catalog.Sources, s => s.Name == "coinglass");
        Assert.Contains("Liquidations not available", catalog.LiquidationsUnavailable);
        Assert.Contains("MarketData:CoinGlass:ApiKey", catalog.LiquidationsUnavailable);
        var error = Assert.Throws<MarketDataSourceException>(() => catalog.Get("coinglass"));
        Assert.Equal(SourceFailure.NotConfigured, error.Failure);
        Assert.Equal("coinglass", error.SourceName);
    }

    [Fact]
    public void With_a_key_liquidations_are_available()
    {
        using var host = Host();
        var catalog = host.GetRequiredService<MarketDataSourceCatalog>();

        Assert.Null(catalog.LiquidationsUnavailable);
        Assert.Equal("coinglass", catalog.Get("coinglass").Name);
    }

    [Theory]
    [InlineData("liquidations-BTC-null-long.json", "long liquidations is null")]
    [InlineData("liquidations-BTC-negative-short.json", "short liquidations is -1.5")]
    [InlineData("liquidations-BTC-wrong-day.json", "answered a bar at 2026-02-01 00:00Z")]
    [InlineData("liquidations-empty.json", "empty array")]
    public async Task Bad_liquidation_figures_are_invalid_data(string file, string message)
    {
        _server.Serve(Liquidations("BTC"), ProviderServer.Json("coinglass", file));

        var error = await Host().Source("coinglass").FailsAsync(Day, SourceFailure.InvalidData);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_coinglass_error_code_with_http_200_is_mapped()
    {
        _server.Serve(Liquidations("BTC"), ProviderServer.Json("coinglass", "error-key-missing.json"));

        var error = await Host().Source("coinglass").FailsAsync(Day, SourceFailure.Unauthorized);

        Assert.Contains("30001", error.Message);
        Assert.Contains("MarketData:CoinGlass:ApiKey", error.Message);
    }

    [Fact]
    public async Task A_refused_key_is_unauthorized_and_not_retried()
    {
        _server.Serve(Liquidations("BTC"), ProviderServer.Json("coinglass", "error-401.json", status: 401));

        var error = await Host().Source("coinglass").FailsAsync(Day, SourceFailure.Unauthorized);

        Assert.Contains("MarketData:CoinGlass:ApiKey", error.Message);
        Assert.Equal(1, _server.Count(LiquidationPath));
    }

    [Fact]
    public async Task A_failure_on_the_second_asset_returns_nothing_partial()
    {
        _server.Serve(Liquidations("BTC"), ProviderServer.Json("coinglass", "liquidations-BTC.json"));
        _server.Serve(Liquidations("ETH"), ProviderServer.Status(500));

        await Host("BTC,ETH").Source("coinglass").FailsAsync(Day, SourceFailure.Unavailable);

        Assert.Equal(1 + 4, _server.Count(LiquidationPath)); // BTC once, ETH with three retries
    }

    [Fact]
    public async Task A_day_that_has_not_closed_is_not_available()
    {
        await Host().Source("coinglass").FailsAsync(Day.AddDays(1), SourceFailure.NotAvailableForDay);

        Assert.Equal(0, _server.Count(LiquidationPath));
    }
}
