namespace Reports.Domain.Analysis;

/// <summary>Market-wide figures on day D. Null means the input was not available.</summary>
/// <param name="DrainUsd">Swing high minus cap on D: positive is money leaving, negative is money arriving.</param>
/// <param name="LossFromPeakUsd">Cycle peak minus cap on D (negative if D is above the previous peak).</param>
public sealed record MarketFlow(
    decimal? TotalMarketCapUsd,
    decimal? PreviousMarketCapUsd,
    decimal? DailyChangePct,
    DatedValue? SwingHigh,
    decimal? DrainUsd,
    decimal? DrainPerDayUsd,
    int? DrainDays,
    DatedValue? CyclePeak,
    decimal? LossFromPeakUsd,
    decimal? LossFromPeakPct,
    decimal? TotalVolumeUsd,
    bool VolumeRecord,
    DatedValue? PreviousVolumeRecord,
    LiquidationFlow? Liquidations);

/// <summary>Liquidations summed over every asset on D, and how they compare with the stored history.</summary>
public sealed record LiquidationFlow(
    decimal LongUsd,
    decimal ShortUsd,
    decimal TotalUsd,
    bool Record,
    DatedValue? PreviousRecord,
    IReadOnlyList<string> Assets);
