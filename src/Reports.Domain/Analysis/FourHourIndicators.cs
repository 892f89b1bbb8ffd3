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
}
