namespace Reports.Domain.Market;

/// <summary>One coin's market capitalisation on one UTC day (the input of the flow attribution).</summary>
public sealed record CoinMarketCap(DateOnly Date, string Symbol, decimal MarketCapUsd, CoinCategory Category);

/// <summary>Stablecoins park money on-chain; everything else is a risk asset.</summary>
public enum CoinCategory
{
    Other,
    Stablecoin,
}
