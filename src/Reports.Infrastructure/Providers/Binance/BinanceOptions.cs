using System.ComponentModel.DataAnnotations;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.Binance;

/// <summary>Settings of the Binance source (section <c>MarketData:Binance</c>). Public market data needs no key.</summary>
public sealed class BinanceOptions : HttpSourceOptions
{
    public const string SectionName = "MarketData:Binance";

    /// <summary>Binance's public-market-data-only host, an alternative when api.binance.com is blocked or busy.</summary>
    public const string PublicDataSpotBaseUrl = "https://data-api.binance.vision";

    public BinanceOptions()
    {
        // Spot allows 6,000 request weight a minute per IP and a klines call weighs 2; stay far below.
        RateLimitPermits = 300;
    }

    [Required]
    public string SpotBaseUrl { get; set; } = "https://api.binance.com";

    /// <summary>USDⓈ-M futures host, for open interest.</summary>
    [Required]
    public string FuturesBaseUrl { get; set; } = "https://fapi.binance.com";

    /// <summary>Quote asset appended to an asset to form its symbol: BTC → BTCUSDT. Its volume is the candle volume (≈ USD).</summary>
    [Required, RegularExpression("^[A-Z0-9]{2,10}$")]
    public string QuoteAsset { get; set; } = "USDT";

    /// <summary>Per-asset spot symbol where asset + quote is not the pair, e.g. { "PEPE": "PEPEUSDT" }.</summary>
    public Dictionary<string, string> Symbols { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-asset futures symbol where it differs from the spot one, e.g. { "PEPE": "1000PEPEUSDT" }.</summary>
    public Dictionary<string, string> FuturesSymbols { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fetch open interest from USDⓈ-M futures.</summary>
    public bool OpenInterest { get; set; } = true;

    /// <summary>Binance serves open-interest history for the latest 30 days only; older days get no open interest.</summary>
    [Range(0, 30)]
    public int OpenInterestHistoryDays { get; set; } = 30;

    /// <summary>Rows per klines request (Binance's maximum is 1000); longer ranges are paged by time.</summary>
    [Range(1, 1000)]
    public int KlinesPageLimit { get; set; } = 1000;

    public string SpotSymbol(string asset) => Symbols.TryGetValue(asset, out var symbol) ? symbol.ToUpperInvariant() : asset + QuoteAsset;

    public string FuturesSymbol(string asset) => FuturesSymbols.TryGetValue(asset, out var symbol) ? symbol.ToUpperInvariant() : SpotSymbol(asset);

    protected override IEnumerable<(string Setting, string? Value)> BaseUrls =>
        [($"{SectionName}:SpotBaseUrl", SpotBaseUrl), ($"{SectionName}:FuturesBaseUrl", FuturesBaseUrl)];
}
