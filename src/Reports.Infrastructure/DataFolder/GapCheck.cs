using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Finds holes inside a series. Crypto trades every day and every 4 hours, so any hole is missing data;
/// other markets close at weekends and on holidays, so only longer holes are worth a warning.
/// </summary>
internal static class GapCheck
{
    /// <summary>How many missing days or candles a warning lists before it only counts.</summary>
    public const int Listed = 5;

    /// <summary>Longest run of missing calendar days a non-crypto market may have (a weekend plus a holiday or two).</summary>
    public const int TradingGapToleranceDays = 4;

    private static readonly TimeSpan FourHours = TimeSpan.FromHours(4);

    public static void EveryDay(DataFile file, IEnumerable<DateOnly> sortedDays, ICollection<DataWarning> warnings)
    {
        var (count, first) = Missing(sortedDays, d => d.DayNumber, n => DateOnly.FromDayNumber((int)n));
        Report(file, count, first.Select(DateField.Show), "day", warnings);
    }

    public static void EveryFourHours(DataFile file, IEnumerable<DateTimeOffset> sortedOpenTimes, ICollection<DataWarning> warnings)
    {
        // Open times are on 4-hour boundaries (the kline parser checks), so a slot number is ticks / 4h.
        var (count, first) = Missing(sortedOpenTimes, t => t.UtcTicks / FourHours.Ticks, n => new DateTimeOffset(n * FourHours.Ticks, TimeSpan.Zero));
        Report(file, count, first.Select(t => t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)), "4-hour candle", warnings);
    }

    /// <summary>Warns about runs of more than <see cref="TradingGapToleranceDays"/> missing days between trading days.</summary>
    public static void TradingDays(DataFile file, IReadOnlyList<DateOnly> sortedDays, ICollection<DataWarning> warnings)
    {
        var gaps = sortedDays.Skip(1).Select((d, i) => (After: sortedDays[i], Before: d))
            .Where(p => p.Before.DayNumber - p.After.DayNumber - 1 > TradingGapToleranceDays)
            .Select(p => $"{DateField.Show(p.After.AddDays(1))} to {DateField.Show(p.Before.AddDays(-1))} ({p.Before.DayNumber - p.After.DayNumber - 1} days)")
            .ToList();
        if (gaps.Count == 0)
            return;
        var shown = string.Join(", ", gaps.Take(Listed)) + (gaps.Count > Listed ? ", …" : "");
        warnings.Add(file.Warning(null,
            $"{gaps.Count} {Plural(gaps.Count, "gap")} of more than {TradingGapToleranceDays} days without trading: {shown}"));
    }

    /// <returns>How many slots are missing, and the first few of them (a typo in a year must not list millions).</returns>
    private static (long Count, List<TPoint> First) Missing<TPoint>(IEnumerable<TPoint> sorted, Func<TPoint, long> slot, Func<long, TPoint> point)
    {
        var first = new List<TPoint>();
        var count = 0L;
        long? previous = null;
        foreach (var item in sorted)
        {
            var current = slot(item);
            if (previous is { } p && current - p > 1)
            {
                for (var n = p + 1; n < current && first.Count < Listed; n++)
                    first.Add(point(n));
                count += current - p - 1;
            }

            previous = current;
        }

        return (count, first);
    }

    private static void Report(DataFile file, long count, IEnumerable<string> first, string unit, ICollection<DataWarning> warnings)
    {
        if (count == 0)
            return;
        var shown = string.Join(", ", first) + (count > Listed ? ", …" : "");
        warnings.Add(file.Warning(null, $"{count} missing {Plural(count, unit)} inside the series: {shown}"));
    }

    private static string Plural(long count, string unit) => count == 1 ? unit : unit + "s";
}
