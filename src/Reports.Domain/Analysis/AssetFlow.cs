namespace Reports.Domain.Analysis;

/// <summary>One asset's figures on day D.</summary>
/// <param name="WeakestSinceDate">The most recent earlier day whose low was below D's low; null with
/// <paramref name="LowestOnRecord"/> when no stored day was lower.</param>
public sealed record AssetFlow(
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
    DatedValue? YtdBase,
    decimal? VolumeUsd,
    decimal? OpenInterestUsd,
    decimal? OpenInterestWeekChangePct,
    decimal? LongLiquidationsUsd,
    decimal? ShortLiquidationsUsd,
    IReadOnlyList<SupportLevel> SupportLevels,
    Momentum Momentum);

/// <summary>A recent swing low, and whether day D traded through it.</summary>
/// <param name="Label">"7-day low", or the day the low was set, e.g. "26 Jan low" (<see cref="NamedByDate"/>).</param>
/// <param name="DistancePct">Close on D relative to the level, in percent (negative: below it).</param>
public sealed record SupportLevel(string Label, decimal Price, DateOnly Date, bool BrokenOnDay, bool ClosedBelow, decimal DistancePct)
{
    /// <summary>Whether the label already names <see cref="Date"/>, so a sentence need not say it again.</summary>
    public bool NamedByDate { get; init; }
}
