namespace Reports.Rendering.Json.Contract;

/// <summary>A driver of the day's flow; <c>value</c>'s unit depends on <c>kind</c> (docs/report-json.md).</summary>
public sealed record CatalystDto(CatalystKindDto Kind, string Subject, decimal? Value, DateOnly? Date, string? Detail, string? SourceUrl);

public enum CatalystKindDto
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
