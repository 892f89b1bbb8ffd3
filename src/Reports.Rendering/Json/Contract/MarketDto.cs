namespace Reports.Rendering.Json.Contract;

/// <summary>Market-wide figures on the report day, flattened so readers need no nested nulls.</summary>
/// <param name="LiquidationsRecord">Null when there was no liquidation data at all.</param>
public sealed record MarketDto(
    decimal? TotalMarketCapUsd,
    decimal? PreviousMarketCapUsd,
    decimal? DailyChangePct,
    decimal? DailyChangeUsd,
    DateOnly? SwingHighDate,
    decimal? SwingHighUsd,
    decimal? DrainUsd,
    decimal? DrainPerDayUsd,
    int? DrainDays,
    DateOnly? CyclePeakDate,
    decimal? CyclePeakUsd,
    decimal? LossFromPeakUsd,
    decimal? LossFromPeakPct,
    decimal? TotalVolumeUsd,
    bool VolumeRecord,
    DateOnly? PreviousVolumeRecordDate,
    decimal? PreviousVolumeRecordUsd,
    decimal? VolumeVsRecordPct,
    decimal? LiquidationsUsd,
    decimal? LongLiquidationsUsd,
    decimal? ShortLiquidationsUsd,
    decimal? LiquidationsLongSharePct,
    decimal? LiquidationsShortSharePct,
    bool? LiquidationsRecord,
    DateOnly? PreviousLiquidationsRecordDate,
    decimal? PreviousLiquidationsRecordUsd,
    IReadOnlyList<string> LiquidationAssets);
