namespace Reports.Domain.Analysis;

/// <summary>A driver of the day's flow derived from the figures or from events.csv.</summary>
/// <param name="Subject">What it is about: an asset, a market or "market".</param>
/// <param name="Value">The figure behind it (a percentage, a USD amount), if any.</param>
public sealed record Catalyst(CatalystKind Kind, string Subject, decimal? Value, DateOnly? Date, string? Detail, string? SourceUrl);

public enum CatalystKind
{
    CrossMarketSelloff,
    CrossMarketRally,
    HighCorrelation,
    Event,
    RecordVolume,
    RecordLiquidations,
    LongSqueeze,
    ShortSqueeze,
    FallingOpenInterest,
    RisingOpenInterest,
    SupportBroken,
}

/// <summary>Something to watch next: a level, a figure or a scheduled event.</summary>
/// <param name="Level">The price or amount to watch.</param>
/// <param name="DistancePct">How far the close is from it, in percent.</param>
/// <param name="ExposureUsd">Open interest at risk where the level breaks (a liquidation-cascade proxy).</param>
public sealed record WatchItem(WatchKind Kind, string Subject, decimal? Level, decimal? DistancePct, decimal? ExposureUsd, string? Detail)
{
    /// <summary>For scheduled events: the day it happens.</summary>
    public DateOnly? Date { get; init; }
}

public enum WatchKind
{
    NearestSupport,
    ReclaimBrokenSupport,
    SwingHighReclaim,
    MomentumTurn,
    OpenInterestUnwind,
    CrossMarketStress,
    ScheduledEvent,
    DataGap,
}
