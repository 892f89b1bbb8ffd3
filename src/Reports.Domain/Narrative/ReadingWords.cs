using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>Words for the momentum readings and the money-flow band; the verdicts themselves come from <see cref="Rules"/>.</summary>
public static class ReadingWords
{
    /// <summary>|CMF| below this is balanced flow.</summary>
    public const double CmfThreshold = 0.05;

    /// <summary>The reading in words, from the rule that the figures satisfy (so MACD above its signal never reads "no sign of a turn").</summary>
    public static string Describe(Momentum m) => m.Reading == MomentumReading.InsufficientData ? "no reading: too few candles" : Rules.Reading(m).Verdict;

    /// <summary>The reading's words without its figures (for tables that show the figures beside it); prose uses <see cref="Describe(Momentum)"/>.</summary>
    public static string Describe(MomentumReading reading) => reading switch
    {
        MomentumReading.Oversold => Rules.Oversold.Verdict,
        MomentumReading.CorrectiveBounceInDowntrend => Rules.CorrectiveBounce.Verdict,
        MomentumReading.Downtrend => "a downtrend",
        MomentumReading.WeakeningUptrend => Rules.WeakeningUptrend.Verdict,
        MomentumReading.Overbought => Rules.Overbought.Verdict,
        MomentumReading.Uptrend => "an uptrend",
        MomentumReading.RecoveringMomentum => Rules.Recovering.Verdict,
        MomentumReading.Neutral => Rules.NoDirection.Verdict,
        _ => "no reading: too few candles",
    };

    /// <summary>What would change the reading: the next thing a trader waits for (scored the next day by <see cref="YesterdaysCalls.Turned"/>).</summary>
    public static string NextSignal(MomentumReading reading) => reading switch
    {
        MomentumReading.Oversold => "an RSI move back above 30 would mark the first relief",
        MomentumReading.CorrectiveBounceInDowntrend => "RSI above 50 with MACD back above zero would turn the bounce into a recovery",
        MomentumReading.WeakeningUptrend => "MACD slipping below zero would confirm the uptrend has broken",
        MomentumReading.Overbought => "an RSI drop back under 70 often starts a pullback",
        MomentumReading.RecoveringMomentum => "a MACD cross above zero would confirm the recovery",
        _ => "a MACD cross of its signal line would be the next signal",
    };

    /// <summary>Yesterday's named signal, as a past event: "RSI moved back above 30".</summary>
    public static string Signal(MomentumReading reading) => reading switch
    {
        MomentumReading.Oversold => "RSI back above 30",
        MomentumReading.CorrectiveBounceInDowntrend => "RSI above 50 with MACD above zero",
        MomentumReading.WeakeningUptrend => "MACD below zero",
        MomentumReading.Overbought => "RSI back under 70",
        MomentumReading.RecoveringMomentum => "MACD above zero",
        _ => "a signal-line cross",
    };
}
