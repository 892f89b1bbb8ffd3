using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.Binance;

/// <summary>One open-interest statistic: the USD value of all open USDⓈ-M positions of a symbol at an instant.</summary>
internal sealed record OpenInterestSample(string Symbol, DateTimeOffset At, decimal ValueUsd);

/// <summary>
/// Reads /futures/data/openInterestHist:
/// <c>[{"symbol": "BTCUSDT", "sumOpenInterest": "…", "sumOpenInterestValue": "…", "timestamp": 1583127900000}]</c>
/// (the timestamp comes as a number or a numeric string).
/// </summary>
internal static class BinanceOpenInterestParser
{
    public static IReadOnlyList<OpenInterestSample> Parse(string source, ProviderResponse response, string symbol)
    {
        using var document = JsonValues.Parse(source, response);
        var rows = JsonValues.Array(source, document.RootElement, $"{symbol} openInterestHist");
        var samples = new List<OpenInterestSample>(rows.GetArrayLength());
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var context = $"{symbol} openInterestHist #{index++}";
            var at = DateTimeOffset.FromUnixTimeMilliseconds(JsonValues.Int64(source, JsonValues.Property(source, row, "timestamp", context), $"{context} timestamp"));
            samples.Add(new OpenInterestSample(
                JsonValues.String(source, JsonValues.Property(source, row, "symbol", context), $"{context} symbol"),
                at,
                JsonValues.Positive(source, JsonValues.Property(source, row, "sumOpenInterestValue", context), $"{context} ({at:yyyy-MM-dd HH:mm}Z) sumOpenInterestValue")));
        }
        return samples;
    }
}
