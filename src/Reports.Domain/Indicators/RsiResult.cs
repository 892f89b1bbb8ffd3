namespace Reports.Domain.Indicators;

/// <summary>RSI (0–100) at one candle; null for the first N candles, which only seed the averages.</summary>
public sealed record RsiResult(DateTimeOffset Time, double? Rsi);
