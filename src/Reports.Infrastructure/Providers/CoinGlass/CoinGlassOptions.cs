using System.ComponentModel.DataAnnotations;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGlass;

/// <summary>
/// Settings of the CoinGlass source (section <c>MarketData:CoinGlass</c>). The source is registered only when
/// <see cref="ApiKey"/> is set; without it the report says liquidations are not available.
/// </summary>
public sealed class CoinGlassOptions : HttpSourceOptions
{
    public const string SectionName = "MarketData:CoinGlass";

    public CoinGlassOptions()
    {
        // The Hobbyist plan allows 30 requests a minute.
        RateLimitPermits = 30;
    }

    /// <summary>Sent as the CG-API-KEY header.</summary>
    public string? ApiKey { get; set; }

    [Required]
    public string BaseUrl { get; set; } = "https://open-api-v4.coinglass.com";

    /// <summary>Exchanges whose liquidations are summed, as CoinGlass names them.</summary>
    [Required, MinLength(1)]
    public string ExchangeList { get; set; } = "Binance,OKX,Bybit";

    /// <summary>Per-asset coin symbol where CoinGlass names it differently from MarketData:Assets.</summary>
    public Dictionary<string, string> Symbols { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string CoinSymbol(string asset) => Symbols.TryGetValue(asset, out var symbol) ? symbol : asset;

    protected override IEnumerable<(string Setting, string? Value)> BaseUrls =>
        [($"{SectionName}:BaseUrl", BaseUrl)];
}
