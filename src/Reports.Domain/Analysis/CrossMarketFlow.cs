namespace Reports.Domain.Analysis;

/// <summary>A non-crypto market around day D: its move and how closely BTC tracked it.</summary>
/// <param name="LastDate">Its last trading day on or before D.</param>
/// <param name="CorrelationWithBtc">Pearson correlation of daily returns over the window; null with fewer than 10 paired days.</param>
public sealed record CrossMarketFlow(
    string Name,
    DateOnly? LastDate,
    decimal? Close,
    decimal? DailyChangePct,
    decimal? WeekChangePct,
    DatedValue? WindowHigh,
    decimal? DropFromHighPct,
    double? CorrelationWithBtc,
    int CorrelationSamples);
