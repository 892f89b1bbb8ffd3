using System.Text.Json;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>A Yahoo daily bar on the exchange's local trading date; values may be null (Yahoo leaves gaps).</summary>
internal sealed record YahooBar(DateOnly Date, decimal? Open, decimal? High, decimal? Low, decimal? Close, decimal? Volume);

/// <summary>
/// Reads the chart API: <c>{"chart": {"result": [{"meta": {"symbol", "gmtoffset", …}, "timestamp": [unix s…],
/// "indicators": {"quote": [{"open": […], "high": […], "low": […], "close": […], "volume": […]}]}}], "error": null}}</c>.
/// A daily bar's timestamp is the session start; shifting it by gmtoffset gives the local trading date.
/// </summary>
internal static class YahooChartParser
{
    public static IReadOnlyList<YahooBar> Parse(string source, ProviderResponse response, string symbol)
    {
        using var document = JsonValues.Parse(source, response);
        var chart = JsonValues.Property(source, document.RootElement, "chart", "Yahoo chart");
        if (chart.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) ? c.ToString() : "?";
            var description = error.TryGetProperty("description", out var d) ? d.ToString() : string.Empty;
            throw JsonValues.Invalid(source, $"Yahoo refused {symbol}: {code} {description}".TrimEnd());
        }
        var results = JsonValues.Array(source, JsonValues.Property(source, chart, "result", "Yahoo chart"), "Yahoo chart result");
        if (results.GetArrayLength() == 0)
        {
            throw JsonValues.Invalid(source, $"Yahoo returned no chart result for {symbol}.");
        }
        var result = results[0];
        var meta = JsonValues.Property(source, result, "meta", "Yahoo chart result");
        var answered = JsonValues.String(source, JsonValues.Property(source, meta, "symbol", "Yahoo meta"), "Yahoo meta symbol");
        if (!string.Equals(answered, symbol, StringComparison.OrdinalIgnoreCase))
        {
            throw JsonValues.Invalid(source, $"asked Yahoo for {symbol} but it answered for {answered}.");
        }
        var offset = TimeSpan.FromSeconds(JsonValues.Int64(source, JsonValues.Property(source, meta, "gmtoffset", "Yahoo meta"), "Yahoo meta gmtoffset"));

        if (!result.TryGetProperty("timestamp", out var timestamps) || timestamps.ValueKind == JsonValueKind.Null)
        {
            return []; // Yahoo leaves the array out when the range holds no session.
        }
        JsonValues.Array(source, timestamps, "Yahoo timestamp");
        var quotes = JsonValues.Array(source, JsonValues.Property(source, JsonValues.Property(source, result, "indicators", "Yahoo chart result"), "quote", "Yahoo indicators"), "Yahoo quote");
        if (quotes.GetArrayLength() == 0)
        {
            throw JsonValues.Malformed(source, $"Yahoo chart for {symbol} has no quote series.");
        }
        var quote = quotes[0];
        var count = timestamps.GetArrayLength();
        var series = new[] { "open", "high", "low", "close", "volume" }
            .ToDictionary(name => name, name => Series(source, quote, name, count, symbol));

        var bars = new List<YahooBar>(count);
        for (var i = 0; i < count; i++)
        {
            var opened = DateTimeOffset.FromUnixTimeSeconds(JsonValues.Int64(source, timestamps[i], $"Yahoo {symbol} timestamp #{i}"));
            var date = DateOnly.FromDateTime((opened + offset).UtcDateTime);
            var context = $"Yahoo {symbol} {date:yyyy-MM-dd}";
            bars.Add(new YahooBar(
                date,
                Optional(source, series["open"][i], $"{context} open"),
                Optional(source, series["high"][i], $"{context} high"),
                Optional(source, series["low"][i], $"{context} low"),
                Optional(source, series["close"][i], $"{context} close"),
                Optional(source, series["volume"][i], $"{context} volume")));
        }
        return bars;
    }

    /// <summary>The bar as a candle; any missing price makes it unusable.</summary>
    public static Candle ToCandle(string source, YahooBar bar, string symbol)
    {
        var context = $"Yahoo {symbol} {bar.Date:yyyy-MM-dd}";
        if (bar.Open is not { } open || bar.High is not { } high || bar.Low is not { } low || bar.Close is not { } close)
        {
            throw JsonValues.Invalid(source, $"{context} has a null price (O {bar.Open} H {bar.High} L {bar.Low} C {bar.Close}).");
        }
        return CandleCheck.Valid(source, Candle.Daily(bar.Date, open, high, low, close, bar.Volume ?? 0m), context);
    }

    private static JsonElement[] Series(string source, JsonElement quote, string name, int count, string symbol)
    {
        var values = JsonValues.Array(source, JsonValues.Property(source, quote, name, "Yahoo quote"), $"Yahoo quote {name}");
        return values.GetArrayLength() == count
            ? values.EnumerateArray().ToArray()
            : throw JsonValues.Malformed(source, $"Yahoo {symbol} quote {name} has {values.GetArrayLength()} values for {count} timestamps.");
    }

    private static decimal? Optional(string source, JsonElement element, string context) =>
        element.ValueKind == JsonValueKind.Null ? null : JsonValues.Amount(source, element, context);
}
