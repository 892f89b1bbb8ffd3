namespace Reports.Domain.Indicators;

/// <summary>EMA at one candle; <see cref="Ema"/> is null until the first full lookback window.</summary>
public sealed record EmaResult(DateTimeOffset Time, double? Ema);
