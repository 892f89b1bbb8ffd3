using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Day lookups over series sorted by day, shared by the figure families.</summary>
internal static class SeriesExtensions
{
    public static Candle? OnDay(this IReadOnlyList<Candle> daily, DateOnly day) => Find(daily, day, c => c.Day);

    public static MarketCapPoint? OnDay(this IReadOnlyList<MarketCapPoint> points, DateOnly day) => Find(points, day, p => p.Date);

    public static DerivativesPoint? OnDay(this IReadOnlyList<DerivativesPoint> points, DateOnly day) => Find(points, day, p => p.Date);

    /// <summary>The last bar on or before <paramref name="day"/> (trading-day series: gaps are normal).</summary>
    public static Candle? LastOnOrBefore(this IReadOnlyList<Candle> daily, DateOnly day)
    {
        var i = UpperBound(daily, day, c => c.Day) - 1;
        return i >= 0 ? daily[i] : null;
    }

    /// <summary>Items whose day lies in [from, to], in order.</summary>
    public static IEnumerable<T> Between<T>(this IReadOnlyList<T> items, DateOnly from, DateOnly to, Func<T, DateOnly> day)
    {
        for (var i = LowerBound(items, from, day); i < items.Count && day(items[i]) <= to; i++)
        {
            yield return items[i];
        }
    }

    public static decimal PercentChange(decimal from, decimal to) => (to / from - 1m) * 100m;

    /// <summary>The median of values already sorted ascending (the mean of the middle two for an even count); not empty.</summary>
    public static decimal MedianOfSorted(IReadOnlyList<decimal> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2m;

    private static T? Find<T>(IReadOnlyList<T> items, DateOnly day, Func<T, DateOnly> key) where T : class
    {
        var i = UpperBound(items, day, key) - 1;
        return i >= 0 && key(items[i]) == day ? items[i] : null;
    }

    /// <summary>Index of the first item whose day is on or after <paramref name="day"/>.</summary>
    private static int LowerBound<T>(IReadOnlyList<T> items, DateOnly day, Func<T, DateOnly> key)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first item whose day is after <paramref name="day"/>.</summary>
    private static int UpperBound<T>(IReadOnlyList<T> items, DateOnly day, Func<T, DateOnly> key)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) <= day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
