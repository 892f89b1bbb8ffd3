namespace Reports.Domain.Analysis;

/// <summary>Indicator readings for an asset at the end of day D, and what they say in words.</summary>
/// <param name="Rsi4h">RSI(14) of the last 4h candle that closed by the end of D.</param>
/// <param name="RsiLow4h">Lowest RSI(14) over the 42 4h candles (7 days) up to it.</param>
/// <param name="PreviousMacdHistogram4h">Histogram one 4h candle earlier, to tell rising from falling.</param>
public sealed record Momentum(
    int FourHourCandles,
    int DailyCandles,
    double? Rsi4h,
    double? RsiLow4h,
    double? Macd4h,
    double? MacdSignal4h,
    double? MacdHistogram4h,
    double? PreviousMacdHistogram4h,
    double? CmfDaily,
    MomentumReading Reading)
{
    /// <summary>Why there is no reading (null when there is one), so every writer explains it the same way.</summary>
    public MissingMomentum? Missing => Reading != MomentumReading.InsufficientData ? null : FourHourCandles switch
    {
        0 => MissingMomentum.NoCandles,
        < MomentumAnalysis.MinimumFourHourCandles => MissingMomentum.TooFewCandles,
        _ => MissingMomentum.StaleCandles,
    };

    public static Momentum None(int fourHourCandles, int dailyCandles) =>
        new(fourHourCandles, dailyCandles, null, null, null, null, null, null, null, MomentumReading.InsufficientData);
}

/// <summary>Why a 4h reading is missing: no candles, fewer than MACD's warm-up, or candles that stop before D.</summary>
public enum MissingMomentum
{
    NoCandles,
    TooFewCandles,
    StaleCandles,
}

/// <summary>The rule-table outcome (docs/metrics.md, "Momentum reading").</summary>
public enum MomentumReading
{
    InsufficientData,
    Oversold,
    CorrectiveBounceInDowntrend,
    Downtrend,
    WeakeningUptrend,
    Overbought,
    Uptrend,
    RecoveringMomentum,
    Neutral,
}
