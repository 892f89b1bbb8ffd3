namespace Reports.Rendering.Json.Contract;

/// <summary>A non-crypto market around the report day and how closely BTC tracked it.</summary>
public sealed record CrossMarketDto(
    string Name,
    DateOnly? LastDate,
    decimal? Close,
    decimal? DailyChangePct,
    decimal? WeekChangePct,
    DateOnly? HighDate,
    decimal? HighClose,
    decimal? DropFromHighPct,
    double? CorrelationWithBtc,
    int CorrelationSamples);
