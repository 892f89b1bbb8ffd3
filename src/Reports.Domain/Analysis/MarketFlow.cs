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
    LiquidationFlow? Liquidations)
{
    /// <summary>Cap on D minus cap on D−1 (negative: money left today).</summary>
    public decimal? DailyChangeUsd => TotalMarketCapUsd - PreviousMarketCapUsd;

    /// <summary>The swing high and the cycle peak are the same day's cap: one high, which the article names once.</summary>
    public bool SwingHighIsPeak => SwingHigh is { } high && CyclePeak is { } peak && high.Date == peak.Date;

    /// <summary>The drain as a share of the swing high, in percent: the size the regimes and the "drain" wording go by.</summary>
    public decimal? DrainPct => DrainUsd is { } d && SwingHigh is { Value: > 0 } h ? d / h.Value * 100m : null;

    /// <summary>D's volume against the previous record, in percent (negative: below it).</summary>
    public decimal? VolumeVsRecordPct =>
        TotalVolumeUsd is { } v && PreviousVolumeRecord is { Value: > 0 } r ? (v / r.Value - 1m) * 100m : null;
}

/// <summary>Liquidations summed over every asset on D, and how they compare with the stored history.</summary>
public sealed record LiquidationFlow(
    decimal LongUsd,
    decimal ShortUsd,
    decimal TotalUsd,
    bool Record,
    DatedValue? PreviousRecord,
    IReadOnlyList<string> Assets)
{
    /// <summary>Longs' share of the total, in percent; null when nothing was liquidated.</summary>
    public decimal? LongSharePct => TotalUsd > 0 ? LongUsd / TotalUsd * 100m : null;

    public decimal? ShortSharePct => TotalUsd > 0 ? ShortUsd / TotalUsd * 100m : null;
}
