namespace Reports.Rendering.Json.Contract;

/// <summary>Something to watch next: a level, a figure or a scheduled event.</summary>
public sealed record WatchItemDto(WatchKindDto Kind, string Subject, decimal? Level, decimal? DistancePct, decimal? ExposureUsd, string? Detail);

public enum WatchKindDto
{
    NearestSupport,
    ReclaimBrokenSupport,
    SwingHighReclaim,
    MomentumTurn,
    OpenInterestUnwind,
    CrossMarketStress,
    DataGap,
}
