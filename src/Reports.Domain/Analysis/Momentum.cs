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
    public static Momentum None(int fourHourCandles, int dailyCandles) =>
        new(fourHourCandles, dailyCandles, null, null, null, null, null, null, null, MomentumReading.InsufficientData);
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
