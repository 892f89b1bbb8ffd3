namespace Reports.Domain.Indicators;

/// <summary>
/// MACD at one candle. <see cref="FastEma"/> starts at index fast−1, <see cref="Macd"/> and <see cref="SlowEma"/>
/// at slow−1, <see cref="Signal"/> and <see cref="Histogram"/> at slow+signal−2; each is null before that.
/// </summary>
public sealed record MacdResult(
    DateTimeOffset Time,
    double? Macd,
    double? Signal,
    double? Histogram,
    double? FastEma,
    double? SlowEma);
