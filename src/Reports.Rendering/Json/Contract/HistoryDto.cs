namespace Reports.Rendering.Json.Contract;

/// <summary>Where the report day stands in the stored history: records, ranks, base rates (added in 1.2).</summary>
/// <param name="LiquidationsMedianUsd">The median daily liquidation total of the last 30 days, the bar for a flush or a squeeze (added in 1.5).</param>
public sealed record HistoryDto(
    DateOnly? RecordsBegin,
    bool MarketCapRecord,
    DateOnly? PreviousMarketCapRecordDate,
    decimal? PreviousMarketCapRecordUsd,
    int? DailyMoveRank,
    int DailyMoveDays,
    DateOnly? LargerMoveSince,
    DateOnly? LiquidationsBegin,
    int? LiquidationsRank,
    int LiquidationDays,
    decimal? LiquidationsMedianUsd,
    int? VolumeRank,
    int VolumeDays,
    decimal? MarketWeekChangePct,
    int SimilarDays,
    decimal? SimilarDaysMedianWeekAfterPct,
    IReadOnlyList<AssetVolumeDto> Volumes);

/// <summary>An asset's volume on the report day against its 30-day average.</summary>
public sealed record AssetVolumeDto(string Symbol, decimal VolumeUsd, decimal AverageUsd, decimal VsAveragePct);

/// <summary>One of the previous day's calls, scored against the report day (added in 1.2).</summary>
/// <param name="Outcome">True: the support held, or the named momentum turn happened.</param>
/// <param name="Break">The watch check's recorded break of the support during the report day (added in 1.4).</param>
public sealed record ScoredCallDto(CallKindDto Kind, string Subject, string Label, decimal? Level, DateOnly? Date, bool Outcome, bool Tested, MomentumReadingDto? Reading, WatchBreakDto? Break);

/// <summary>When the hourly watch check first saw a support broken during the day, at what price, and when the first alert went out (added in 1.4).</summary>
public sealed record WatchBreakDto(decimal Price, DateTimeOffset At, DateTimeOffset? AlertedAt);

public enum CallKindDto
{
    Support,
    MomentumTurn,
}
