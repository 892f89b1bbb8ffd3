using Reports.Domain.Market;

namespace Reports.Domain.Tests.Indicators;

/// <summary>Small synthetic daily series for edge cases.</summary>
internal static class TestCandles
{
    public static readonly DateOnly FirstDay = new(2026, 1, 1);

    /// <summary>One daily candle per close, each with a range of ±1 around the close and volume 1,000.</summary>
    public static IReadOnlyList<Candle> FromCloses(params decimal[] closes) =>
        closes.Select((close, i) => Candle.Daily(FirstDay.AddDays(i), close, close + 1, close - 1, close, 1_000m)).ToList();

    public static IReadOnlyList<Candle> Rising(int count) =>
        FromCloses(Enumerable.Range(0, count).Select(i => 100m + i).ToArray());

    public static IReadOnlyList<Candle> OutOfOrder()
    {
        var candles = Rising(3).ToList();
        (candles[1], candles[2]) = (candles[2], candles[1]);
        return candles;
    }

    public static IReadOnlyList<Candle> Duplicated()
    {
        var candles = Rising(3).ToList();
        candles[2] = candles[2] with { OpenTime = candles[1].OpenTime };
        return candles;
    }
}
