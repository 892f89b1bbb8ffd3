using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>Words for the momentum readings and the money-flow band.</summary>
public static class ReadingWords
{
    /// <summary>|CMF| below this is balanced flow.</summary>
    public const double CmfThreshold = 0.05;

    public static string Describe(MomentumReading reading) => reading switch
    {
        MomentumReading.Oversold => "oversold, with sellers stretched",
        MomentumReading.CorrectiveBounceInDowntrend => "a corrective bounce within a downtrend",
        MomentumReading.Downtrend => "a downtrend with no sign of a turn yet",
        MomentumReading.WeakeningUptrend => "an uptrend that is losing steam",
        MomentumReading.Overbought => "overbought, with buyers stretched",
        MomentumReading.Uptrend => "an uptrend with momentum behind it",
        MomentumReading.RecoveringMomentum => "momentum recovering from below zero",
        MomentumReading.Neutral => "no clear direction",
        _ => "no reading: too few candles",
    };

    /// <summary>What would change the reading: the next thing a trader waits for.</summary>
    public static string NextSignal(MomentumReading reading) => reading switch
    {
        MomentumReading.Oversold => "an RSI move back above 30 would mark the first relief",
        MomentumReading.CorrectiveBounceInDowntrend => "RSI above 50 with MACD crossing zero would turn the bounce into a recovery; a rollover of the histogram would end it",
        MomentumReading.WeakeningUptrend => "MACD slipping below zero would confirm the uptrend has broken",
        MomentumReading.Overbought => "an RSI drop back under 70 often starts a pullback",
        MomentumReading.RecoveringMomentum => "a MACD cross above zero would confirm the recovery",
        _ => "a MACD cross of its signal line would be the next signal",
    };
}
