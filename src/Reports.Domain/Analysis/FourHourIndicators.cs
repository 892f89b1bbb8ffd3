using Reports.Domain.Indicators;
using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>MACD(12,26,9) and RSI(14) over every 4h candle that closed by the end of D, computed once per asset
/// and shared by the momentum reading and the momentum chart.</summary>
public sealed record FourHourIndicators(IReadOnlyList<Candle> Candles, IReadOnlyList<MacdResult> Macd, IReadOnlyList<RsiResult> Rsi)
{
    public static FourHourIndicators Through(IReadOnlyList<Candle> fourHour, DateOnly day)
    {
        var candles = MomentumAnalysis.FourHourThrough(fourHour, day);
        return candles.Count == 0
            ? new FourHourIndicators(candles, [], [])
            : new FourHourIndicators(candles, Indicators.Macd.Calculate(candles), Indicators.Rsi.Calculate(candles));
    }

    /// <summary>
    /// The same series cut at an earlier day. MACD and RSI are causal (a bar's value reads only bars up to it), so the
    /// cut is exactly what <see cref="Through"/> would compute for that day, without a second pass over the history.
    /// </summary>
    public FourHourIndicators Before(DateOnly day)
    {
        var count = MomentumAnalysis.FourHourThrough(Candles, day).Count;
        return count == Candles.Count ? this : new FourHourIndicators(Candles.Take(count).ToList(), Macd.Take(count).ToList(), Rsi.Take(count).ToList());
    }
}
