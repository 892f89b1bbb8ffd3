using System.Text.Json;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Http;

namespace Reports.Infrastructure.Providers.CoinGlass;

/// <summary>One aggregated liquidation bar: long and short positions liquidated in USD, bar opening at <see cref="At"/>.</summary>
internal sealed record LiquidationBar(DateTimeOffset At, decimal LongUsd, decimal ShortUsd);

/// <summary>
/// Reads /api/futures/liquidation/aggregated-history:
/// <c>{"code": "0", "msg": "success", "data": [{"time": ms, "aggregated_long_liquidation_usd": …, "aggregated_short_liquidation_usd": …}]}</c>.
/// A non-zero code is CoinGlass's own error (30001 key missing, 50001 rate limit, 40001 see msg).
/// </summary>
internal static class CoinGlassLiquidationParser
{
    public static IReadOnlyList<LiquidationBar> Parse(string source, ProviderResponse response, string coin)
    {
        using var document = JsonValues.Parse(source, response);
        var root = document.RootElement;
        var context = $"{coin} aggregated liquidation history";
        var code = JsonValues.Property(source, root, "code", context);
        var codeText = code.ValueKind == JsonValueKind.String ? code.GetString() : code.GetRawText();
        if (codeText != "0")
        {
            var message = root.TryGetProperty("msg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
            var said = $"CoinGlass answered code {codeText}: {message ?? "(no message)"}";
            throw codeText switch
            {
                "30001" => new MarketDataSourceException(source, SourceFailure.Unauthorized, $"{said}. Set {CoinGlassOptions.SectionName}:ApiKey."),
                "50001" => new MarketDataSourceException(source, SourceFailure.RateLimited, $"{said}. Lower {CoinGlassOptions.SectionName}:RateLimitPermits or wait."),
                _ => new MarketDataSourceException(source, SourceFailure.InvalidData, $"{said} (for {context}; the plan may not cover this interval or history)."),
            };
        }

        var rows = JsonValues.Array(source, JsonValues.Property(source, root, "data", context), context);
        var bars = new List<LiquidationBar>(rows.GetArrayLength());
        var index = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(
                JsonValues.Int64(source, JsonValues.Property(source, row, "time", $"{context} #{index}"), $"{context} #{index} time"));
            var where = $"{context} at {at:yyyy-MM-dd HH:mm}Z";
            bars.Add(new LiquidationBar(
                at,
                JsonValues.NonNegative(source, JsonValues.Property(source, row, "aggregated_long_liquidation_usd", where), $"{where} long liquidations"),
                JsonValues.NonNegative(source, JsonValues.Property(source, row, "aggregated_short_liquidation_usd", where), $"{where} short liquidations")));
            index++;
        }
        return bars;
    }
}
