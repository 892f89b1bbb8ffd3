using Reports.Domain.Indicators;
using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>MACD(12,26,9) and RSI(14) on 4h candles up to the end of D, CMF(20) on daily candles, and the reading.</summary>
public static class MomentumAnalysis
{
    /// <summary>4h bars in 7 days: the window for the recent RSI low.</summary>
    private const int WeekOfFourHourBars = 42;

    /// <summary>MACD(12,26,9) gives its first histogram on the 34th candle.</summary>
    public const int MinimumFourHourCandles = 34;

    public static Momentum Calculate(AssetSeries asset, DateOnly day, FourHourIndicators indicators)
    {
        var fourHour = indicators.Candles;
        var daily = asset.Daily.Between(DateOnly.MinValue, day, c => c.Day).ToList();

        var cmf = daily.Count > 0 && daily[^1].Day == day ? Cmf.Calculate(daily)[^1].Cmf : null;

        // No reading from stale bars: the last 4h candle must belong to D.
        if (fourHour.Count == 0 || fourHour[^1].Day != day)
        {
            return Momentum.None(fourHour.Count, daily.Count) with { CmfDaily = cmf };
        }

        var macd = indicators.Macd;
        var rsi = indicators.Rsi;
        var last = macd[^1];
        var previousHistogram = macd.Count > 1 ? macd[^2].Histogram : null;
        var rsiLow = rsi.Skip(Math.Max(0, rsi.Count - WeekOfFourHourBars)).Select(r => r.Rsi).Where(r => r is not null).Min();

        var momentum = new Momentum(
            fourHour.Count,
            daily.Count,
            rsi[^1].Rsi,
            rsiLow,
            last.Macd,
            last.Signal,
            last.Histogram,
            previousHistogram,
            cmf,
            MomentumReading.InsufficientData);
        return momentum with { Reading = MomentumRules.Read(momentum) };
    }

    /// <summary>4h candles that closed by the end of D (open time before D+1 00:00 UTC).</summary>
    public static IReadOnlyList<Candle> FourHourThrough(IReadOnlyList<Candle> fourHour, DateOnly day)
    {
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var count = 0;
        while (count < fourHour.Count && fourHour[count].OpenTime < end) count++;
        return count == fourHour.Count ? fourHour : fourHour.Take(count).ToList();
    }
}
