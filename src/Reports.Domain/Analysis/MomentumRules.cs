namespace Reports.Domain.Analysis;

/// <summary>The rule table that turns 4h RSI and MACD into words; the first matching row wins (docs/metrics.md).</summary>
public static class MomentumRules
{
    public const double Oversold = 30;
    public const double Overbought = 70;
    public const double Midline = 50;

    public static MomentumReading Read(Momentum m)
    {
        if (m.Rsi4h is not { } rsi || m.Macd4h is not { } macd || m.MacdHistogram4h is not { } hist)
        {
            return MomentumReading.InsufficientData;
        }

        var histogramRising = m.PreviousMacdHistogram4h is { } prev && hist > prev;
        var dippedOversold = m.RsiLow4h is { } low && low < Oversold;

        return (rsi, macd) switch
        {
            _ when rsi < Oversold => MomentumReading.Oversold,
            _ when rsi > Overbought => MomentumReading.Overbought,
            _ when macd < 0 && histogramRising && dippedOversold && rsi < Midline => MomentumReading.CorrectiveBounceInDowntrend,
            _ when macd < 0 && histogramRising && rsi >= Midline => MomentumReading.RecoveringMomentum,
            _ when macd < 0 && rsi < Midline => MomentumReading.Downtrend,
            _ when macd >= 0 && !histogramRising && rsi < Midline => MomentumReading.WeakeningUptrend,
            _ when macd >= 0 && rsi >= Midline => MomentumReading.Uptrend,
            _ => MomentumReading.Neutral,
        };
    }
}
