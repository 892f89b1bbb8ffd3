using System.Text.Json;
using Reports.Domain.Market;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGecko;

/// <summary>One coin of /coins/markets: its id (for /coins/{id}/market_chart), symbol and current figures in USD.</summary>
internal sealed record CoinGeckoCoin(string Id, string Symbol, decimal MarketCapUsd, decimal VolumeUsd);

/// <summary>One coin's daily series from /coins/{id}/market_chart, keyed by the UTC instant of each point.</summary>
internal sealed record CoinGeckoChart(IReadOnlyDictionary<DateTimeOffset, decimal> MarketCaps, IReadOnlyDictionary<DateTimeOffset, decimal> Volumes);

/// <summary>
/// Reads <c>/coins/markets</c> (<c>[{"id","symbol","market_cap","total_volume",…}]</c>) and
/// <c>/coins/{id}/market_chart</c> (<c>{"prices":[[ms,v]…],"market_caps":[[ms,v]…],"total_volumes":[[ms,v]…]}</c>).
/// </summary>
internal static class CoinGeckoMarketsParser
{
    public static IReadOnlyList<CoinGeckoCoin> ParseMarkets(string source, ProviderResponse response)
    {
        using var document = JsonValues.Parse(source, response);
        var coins = JsonValues.Array(source, document.RootElement, "/coins/markets");
        var list = new List<CoinGeckoCoin>();
        foreach (var coin in coins.EnumerateArray())
        {
            var id = JsonValues.String(source, JsonValues.Property(source, coin, "id", "/coins/markets item"), "/coins/markets id");
            var symbol = JsonValues.String(source, JsonValues.Property(source, coin, "symbol", $"/coins/markets {id}"), $"/coins/markets {id} symbol");
            // A coin without a cap yet (null) adds nothing to the sum; it is not an error.
            var capElement = JsonValues.Property(source, coin, "market_cap", $"/coins/markets {id}");
            var volumeElement = JsonValues.Property(source, coin, "total_volume", $"/coins/markets {id}");
            var cap = capElement.ValueKind == JsonValueKind.Null ? 0m : JsonValues.NonNegative(source, capElement, $"/coins/markets {id} market_cap");
            var volume = volumeElement.ValueKind == JsonValueKind.Null ? 0m : JsonValues.NonNegative(source, volumeElement, $"/coins/markets {id} total_volume");
            list.Add(new CoinGeckoCoin(id, symbol.ToUpperInvariant(), cap, volume));
        }
        if (list.Count == 0) throw JsonValues.Invalid(source, "/coins/markets returned no coins.");
        if (list.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw JsonValues.Invalid(source, $"/coins/markets listed {twice.Key} twice.");
        return list;
    }

    /// <summary>
    /// The per-coin caps of <paramref name="day"/> from coins largest first: a coin without a cap or whose symbol breaks
    /// the one ticker rule is left out, a ticker two coins share stays with the larger, the category comes from
    /// <see cref="Stablecoins"/>.
    /// </summary>
    public static IReadOnlyList<CoinMarketCap> Caps(DateOnly day, IEnumerable<(CoinGeckoCoin Coin, decimal Cap)> coins)
    {
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        return coins
            .Where(c => c.Cap > 0m && CoinMarketCap.IsTicker(c.Coin.Symbol) && symbols.Add(c.Coin.Symbol))
            .Select(c => new CoinMarketCap(day, c.Coin.Symbol, c.Cap, Stablecoins.Of(c.Coin.Id)))
            .ToList();
    }

    public static CoinGeckoChart ParseChart(string source, ProviderResponse response, string id)
    {
        using var document = JsonValues.Parse(source, response);
        var context = $"/coins/{id}/market_chart";
        return new CoinGeckoChart(
            Points(source, JsonValues.Property(source, document.RootElement, "market_caps", context), $"{context} market_caps"),
            Points(source, JsonValues.Property(source, document.RootElement, "total_volumes", context), $"{context} total_volumes"));
    }

    private static Dictionary<DateTimeOffset, decimal> Points(string source, JsonElement array, string context)
    {
        var points = new Dictionary<DateTimeOffset, decimal>();
        foreach (var point in JsonValues.Array(source, array, context).EnumerateArray())
        {
            var pair = JsonValues.Array(source, point, context + " point");
            if (pair.GetArrayLength() != 2) throw JsonValues.Malformed(source, $"{context}: a point has {pair.GetArrayLength()} values, expected [ms, value].");
            var at = DateTimeOffset.FromUnixTimeMilliseconds(JsonValues.Int64(source, pair[0], context + " time"));
            // CoinGecko sends 0 or null for days before a coin's cap was tracked: no figure, not a zero cap.
            if (pair[1].ValueKind == JsonValueKind.Null) continue;
            var value = JsonValues.NonNegative(source, pair[1], $"{context} at {at:yyyy-MM-dd HH:mm}Z");
            if (value > 0m) points[at] = value;
        }
        return points;
    }
}
