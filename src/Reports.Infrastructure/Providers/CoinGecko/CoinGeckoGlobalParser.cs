using System.Text.Json;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>The figures taken from CoinGecko's /global answer.</summary>
internal sealed record CoinGeckoGlobal(decimal TotalMarketCapUsd, decimal TotalVolumeUsd, DateTimeOffset UpdatedAt);

/// <summary>
/// Reads /global: <c>{"data": {"total_market_cap": {"usd": …}, "total_volume": {"usd": …}, "updated_at": unix-seconds, …}}</c>.
/// </summary>
internal static class CoinGeckoGlobalParser
{
    public static CoinGeckoGlobal Parse(string source, ProviderResponse response)
    {
        using var document = JsonValues.Parse(source, response);
        var data = JsonValues.Property(source, document.RootElement, "data", "/global");
        var cap = JsonValues.Property(source, data, "total_market_cap", "/global data");
        var volume = JsonValues.Property(source, data, "total_volume", "/global data");
        var updated = JsonValues.Int64(source, JsonValues.Property(source, data, "updated_at", "/global data"), "/global updated_at");
        return new CoinGeckoGlobal(
            JsonValues.Positive(source, JsonValues.Property(source, cap, "usd", "/global total_market_cap"), "/global total_market_cap.usd"),
            JsonValues.NonNegative(source, JsonValues.Property(source, volume, "usd", "/global total_volume"), "/global total_volume.usd"),
            DateTimeOffset.FromUnixTimeSeconds(updated));
    }
}
