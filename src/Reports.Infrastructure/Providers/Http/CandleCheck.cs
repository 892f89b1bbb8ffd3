using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers.Http;

/// <summary>Refuses a bar whose numbers cannot all be true, so a wrong figure never reaches storage.</summary>
internal static class CandleCheck
{
    public static Candle Valid(string source, Candle candle, string context)
    {
        var problem =
            candle.Open <= 0m || candle.High <= 0m || candle.Low <= 0m || candle.Close <= 0m
                ? $"has a price at or below zero (O {candle.Open} H {candle.High} L {candle.Low} C {candle.Close})"
            : candle.High < Math.Max(Math.Max(candle.Open, candle.Close), candle.Low)
                ? $"has a high {candle.High} below its open, close or low"
            : candle.Low > Math.Min(candle.Open, candle.Close)
                ? $"has a low {candle.Low} above its open or close"
            : candle.Volume < 0m
                ? $"has a negative volume {candle.Volume}"
            : null;
        return problem is null
            ? candle
            : throw new MarketDataSourceException(source, SourceFailure.InvalidData, $"{context} {problem}.");
    }
}
