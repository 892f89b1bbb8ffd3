using Reports.Domain.Market;

namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>
/// The US-dollar stablecoins among CoinGecko's top coins, by CoinGecko id (its "Stablecoins" category, checked
/// 2026-12-01). Kept here rather than fetched: the category endpoint would cost a call per page, and the list changes
/// a few times a year. A stablecoin missing here is counted as a risk asset; add its id.
/// </summary>
internal static class Stablecoins
{
    private static readonly HashSet<string> Ids = new(StringComparer.OrdinalIgnoreCase)
    {
        "tether", "usd-coin", "dai", "usds", "ethena-usde", "first-digital-usd", "paypal-usd", "true-usd", "frax",
        "usdd", "binance-usd", "gemini-dollar", "paxos-standard", "pax-dollar", "liquity-usd", "susds", "usd1-wlfi",
        "ripple-usd", "global-dollar", "falcon-finance", "usdtb",
        "stasis-eurs", "euro-coin", "crvusd", "gho", "usual-usd", "resolv-usr", "agora-dollar",
    };

    public static CoinCategory Of(string id) => Ids.Contains(id) ? CoinCategory.Stablecoin : CoinCategory.Other;
}
