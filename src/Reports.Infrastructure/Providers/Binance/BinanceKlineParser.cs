using System.Text.Json;
using Reports.Domain.Market;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.Binance;

/// <summary>
/// Reads /api/v3/klines: an array of arrays
/// <c>[openTime, "open", "high", "low", "close", "volume", closeTime, "quoteVolume", trades, "takerBase", "takerQuote", "ignore"]</c>.
/// The candle volume is the quote volume (index 7): for a USDT pair that is the traded value in US dollars,
/// matching the data-folder CSV import.
/// </summary>
internal static class BinanceKlineParser
{
    private const int MinimumColumns = 8;

    public static IReadOnlyList<Candle> Parse(string source, ProviderResponse response, string symbol, KlineInterval interval)
    {
        using var document = JsonValues.Parse(source, response);
        var rows = JsonValues.Array(source, document.RootElement, $"{symbol} {interval.Code} klines");
        var candles = new List<Candle>(rows.GetArrayLength());
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var context = $"{symbol} {interval.Code} kline #{index++}";
            JsonValues.Array(source, row, context);
            if (row.GetArrayLength() < MinimumColumns)
            {
                throw JsonValues.Malformed(source, $"{context} has {row.GetArrayLength()} fields; expected 12.");
            }
            var openTime = DateTimeOffset.FromUnixTimeMilliseconds(JsonValues.Int64(source, row[0], $"{context} open time"));
            var at = $"{context} ({openTime:yyyy-MM-dd HH:mm}Z)";
            var candle = new Candle(
                openTime,
                JsonValues.Amount(source, row[1], $"{at} open"),
                JsonValues.Amount(source, row[2], $"{at} high"),
                JsonValues.Amount(source, row[3], $"{at} low"),
                JsonValues.Amount(source, row[4], $"{at} close"),
                JsonValues.NonNegative(source, row[7], $"{at} quote volume"));
            candles.Add(CandleCheck.Valid(source, candle, $"{symbol} {interval.Code} candle at {openTime:yyyy-MM-dd HH:mm}Z"));
        }
        return candles;
    }
}
