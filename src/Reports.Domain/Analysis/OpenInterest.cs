using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Open interest on D and its change over 7 calendar days.</summary>
public static class OpenInterest
{
    public static (decimal? Usd, decimal? WeekChangePct) Calculate(IReadOnlyList<DerivativesPoint> derivatives, DateOnly day)
    {
        var now = derivatives.OnDay(day)?.OpenInterestUsd;
        var weekAgo = derivatives.OnDay(day.AddDays(-7))?.OpenInterestUsd;
        return (now, now is { } n && weekAgo is { } w && w > 0 ? SeriesExtensions.PercentChange(w, n) : null);
    }
}
