namespace Reports.Domain.Indicators;

/// <summary>
/// Chaikin money flow at one candle. The multiplier and money-flow volume exist for every candle;
/// <see cref="Cmf"/> is null until the first full window, and when the window traded no volume.
/// </summary>
public sealed record CmfResult(
    DateTimeOffset Time,
    double MoneyFlowMultiplier,
    double MoneyFlowVolume,
    double? Cmf);
