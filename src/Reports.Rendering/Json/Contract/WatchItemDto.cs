namespace Reports.Rendering.Json.Contract;

/// <summary>Something to watch next: a level, a figure or a scheduled event; <c>level</c>'s unit depends on <c>kind</c>.</summary>
/// <param name="Date">The day a scheduled event happens; null for other kinds.</param>
public sealed record WatchItemDto(WatchKindDto Kind, string Subject, decimal? Level, decimal? DistancePct, decimal? ExposureUsd, string? Detail, DateOnly? Date);

public enum WatchKindDto
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
