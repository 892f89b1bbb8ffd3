namespace Reports.Rendering.Json.Contract;

/// <summary>One crypto asset's figures on the report day, including its indicator readings.</summary>
public sealed record AssetDto(
    string Symbol,
    bool HasDailyData,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? Close,
    decimal? DailyChangePct,
    DateOnly? WeakestSinceDate,
    bool LowestOnRecord,
    decimal? WeekChangePct,
    decimal? YtdChangePct,
    DateOnly? YtdBaseDate,
    decimal? YtdBaseClose,
    decimal? VolumeUsd,
    decimal? OpenInterestUsd,
    decimal? OpenInterestWeekChangePct,
    decimal? LongLiquidationsUsd,
    decimal? ShortLiquidationsUsd,
    IReadOnlyList<SupportLevelDto> SupportLevels,
    int FourHourCandles,
    int DailyCandles,
    double? Rsi4h,
    double? RsiLow4h,
    double? Macd4h,
    double? MacdSignal4h,
    double? MacdHistogram4h,
    double? PreviousMacdHistogram4h,
    double? CmfDaily,
    MomentumReadingDto MomentumReading,
    string MomentumReadingText);

/// <summary>A recent swing low and whether the report day traded (<c>broken</c>) or closed below it.</summary>
public sealed record SupportLevelDto(string Label, decimal Price, DateOnly Date, bool Broken, bool ClosedBelow, decimal DistancePct);

/// <summary>Contract copy of the momentum rule-table outcome, so a domain rename cannot change the JSON.</summary>
public enum MomentumReadingDto
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
