using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers;
using Reports.Infrastructure.Providers.Binance;

namespace Reports.Infrastructure.Tests.Providers;

public sealed class RegistrationTests
{
    private static ServiceProvider Host(params (string Key, string? Value)[] settings) =>
        MarketDataHost.Build(settings.ToDictionary(s => s.Key, s => s.Value));

    [Fact]
    public void With_no_settings_the_keyless_sources_are_registered_and_coinglass_is_reported_missing()
    {
        using var host = Host();
        var catalog = host.GetRequiredService<MarketDataSourceCatalog>();

        Assert.Equal(["coingecko", "binance", "stooq"], catalog.Sources.Select(s => s.Name));
        var missing = Assert.Single(catalog.Unavailable);
        Assert.Equal(("coinglass", "liquidations", SourceFailure.NotConfigured), (missing.Name, missing.Provides, missing.Failure));
        Assert.Equal(["coingecko", "binance", "stooq"], host.GetServices<IMarketDataSource>().Select(s => s.Name));
    }

    [Fact]
    public void Default_assets_and_cross_markets()
    {
        using var host = Host();
        var options = host.GetRequiredService<IOptions<MarketDataOptions>>().Value;

        Assert.Equal(["BTC", "ETH", "SOL"], options.Assets);
        Assert.Equal(["GOLD", "SILVER", "NASDAQ"], options.CrossMarkets);
    }

    [Fact]
    public void Assets_given_as_one_comma_separated_value_are_split_and_upper_cased()
    {
        using var host = Host(("MarketData:Assets", "btc, eth,sol,DOGE"));

        Assert.Equal(["BTC", "ETH", "SOL", "DOGE"], host.GetRequiredService<IOptions<MarketDataOptions>>().Value.Assets);
    }

    [Fact]
    public void Assets_given_as_a_list_replace_the_defaults_rather_than_adding_to_them()
    {
        using var host = Host(("MarketData:Assets:0", "ADA"), ("MarketData:CrossMarkets:0", "gold"));
        var options = host.GetRequiredService<IOptions<MarketDataOptions>>().Value;

        Assert.Equal(["ADA"], options.Assets);
        Assert.Equal(["GOLD"], options.CrossMarkets);
    }

    [Fact]
    public void A_switched_off_source_is_left_out_with_the_reason()
    {
        using var host = Host(("MarketData:Binance:Enabled", "false"));
        var catalog = host.GetRequiredService<MarketDataSourceCatalog>();

        Assert.DoesNotContain(catalog.Sources, s => s.Name == "binance");
        var error = Assert.Throws<MarketDataSourceException>(() => catalog.Get("binance"));
        Assert.Equal(SourceFailure.NotConfigured, error.Failure);
        Assert.Contains("MarketData:Binance:Enabled = false", error.Message);
    }

    [Fact]
    public void An_unknown_source_name_lists_the_known_ones()
    {
        using var host = Host();

        var error = Assert.Throws<ArgumentException>(() => host.GetRequiredService<MarketDataSourceCatalog>().Get("kraken"));

        Assert.Contains("coingecko, binance, stooq, coinglass", error.Message);
    }

    [Fact]
    public void Provider_settings_are_bound_from_their_section()
    {
        using var host = Host(
            ("MarketData:Binance:SpotBaseUrl", BinanceOptions.PublicDataSpotBaseUrl),
            ("MarketData:Binance:MaxRetries", "5"),
            ("MarketData:Binance:TotalTimeout", "00:02:00"),
            ("MarketData:Binance:FuturesSymbols:PEPE", "1000pepeusdt"));
        var options = host.GetRequiredService<IOptions<BinanceOptions>>().Value;

        Assert.Equal("https://data-api.binance.vision", options.SpotBaseUrl);
        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(2), options.TotalTimeout);
        Assert.Equal("BTCUSDT", options.SpotSymbol("BTC"));
        Assert.Equal("1000PEPEUSDT", options.FuturesSymbol("PEPE"));
    }

    [Theory]
    [InlineData("MarketData:Binance:AttemptTimeout", "00:05:00", "AttemptTimeout (00:05:00) must not exceed TotalTimeout")]
    [InlineData("MarketData:Binance:MaxRetries", "11", "MaxRetries")]
    [InlineData("MarketData:Binance:SpotBaseUrl", "api.binance.com", "MarketData:Binance:SpotBaseUrl must be an absolute http(s) URL")]
    [InlineData("MarketData:CoinGecko:RateLimitPermits", "0", "RateLimitPermits")]
    [InlineData("MarketData:CoinGlass:BaseUrl", "ftp://example.org", "MarketData:CoinGlass:BaseUrl must be an absolute http(s) URL")]
    [InlineData("MarketData:Stooq:CircuitBreakerFailureRatio", "1.5", "CircuitBreakerFailureRatio")]
    [InlineData("MarketData:Assets", "BTC,BT-C", "MarketData:Assets has 'BT-C'")]
    [InlineData("MarketData:Assets", "BTC,ETH,BTC", "lists 'BTC' twice")]
    [InlineData("MarketData:Assets", "", "Assets")]
    public void A_bad_setting_fails_at_start_up_naming_it(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value, ["MarketData:CoinGlass:ApiKey"] = "k" };

        var error = Assert.Throws<OptionsValidationException>(() => MarketDataHost.Build(settings));

        Assert.Contains(message, error.Message);
    }
}
