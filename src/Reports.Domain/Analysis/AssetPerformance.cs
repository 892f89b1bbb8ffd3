using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>An asset's day: low and close, how far back its low reaches, and its weekly and year-to-date change.</summary>
public sealed record AssetPerformanceResult(
    Candle? Today,
    decimal? DailyChangePct,
    DateOnly? WeakestSinceDate,
    bool LowestOnRecord,
    decimal? WeekChangePct,
    decimal? YtdChangePct,
    DatedValue? YtdBase);

public static class AssetPerformance
{
    /// <summary>How far before 31 Dec we accept a close as the year's base when 31 Dec itself is missing.</summary>
    private const int YtdBaseToleranceDays = 7;

    public static AssetPerformanceResult Calculate(IReadOnlyList<Candle> daily, DateOnly day)
    {
        var today = daily.OnDay(day);
        if (today is null) return new AssetPerformanceResult(null, null, null, false, null, null, null);

        var yesterday = daily.OnDay(day.AddDays(-1));
        var weekAgo = daily.OnDay(day.AddDays(-7));
        var ytdBase = YearBase(daily, day);
        var weakestSince = WeakestSince(daily, today);

        return new AssetPerformanceResult(
            today,
            yesterday is null ? null : SeriesExtensions.PercentChange(yesterday.Close, today.Close),
            weakestSince,
            LowestOnRecord: weakestSince is null,
            weekAgo is null ? null : SeriesExtensions.PercentChange(weekAgo.Close, today.Close),
            ytdBase is null ? null : SeriesExtensions.PercentChange(ytdBase.Value, today.Close),
            ytdBase);
    }

    /// <summary>The most recent earlier day whose low was below D's low; null when D's low is the lowest stored.</summary>
    public static DateOnly? WeakestSince(IReadOnlyList<Candle> daily, Candle today)
    {
        for (var i = daily.Count - 1; i >= 0; i--)
        {
            var c = daily[i];
            if (c.Day < today.Day && c.Low < today.Low) return c.Day;
        }
        return null;
    }

    /// <summary>The close of 31 December of the previous year (or the last close within a week before it).</summary>
    private static DatedValue? YearBase(IReadOnlyList<Candle> daily, DateOnly day)
    {
        var lastDec31 = new DateOnly(day.Year - 1, 12, 31);
        var candle = daily.LastOnOrBefore(lastDec31);
        return candle is not null && lastDec31.DayNumber - candle.Day.DayNumber <= YtdBaseToleranceDays
            ? new DatedValue(candle.Day, candle.Close)
            : null;
    }
}
