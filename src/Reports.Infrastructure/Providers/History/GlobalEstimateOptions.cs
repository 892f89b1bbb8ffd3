using System.ComponentModel.DataAnnotations;

namespace Reports.Infrastructure.Providers.History;

/// <summary>
/// Settings of the estimated total market cap (section <c>MarketData:GlobalEstimate</c>); the CoinGecko host, key and
/// rate limit come from <c>MarketData:CoinGecko</c>.
/// </summary>
public sealed class GlobalEstimateOptions
{
    public const string SectionName = "MarketData:GlobalEstimate";

    /// <summary>How many of the largest coins are summed (one market-chart call each).</summary>
    [Range(1, 250)]
    public int TopCoins { get; set; } = 100;

    /// <summary>Days of history CoinGecko's Demo plan serves from /coins/{id}/market_chart.</summary>
    [Range(1, 3650)]
    public int ChartDays { get; set; } = 365;

    public bool Enabled { get; set; } = true;
}
