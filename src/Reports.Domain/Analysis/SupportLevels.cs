using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Recent swing lows below or around the price, and whether day D traded or closed through them.</summary>
public static class SupportLevels
{
    public static IReadOnlyList<SupportLevel> Calculate(IReadOnlyList<Candle> daily, DateOnly day, DateOnly? weakestSince, AnalysisSettings settings)
    {
        var today = daily.OnDay(day);
        if (today is null) return [];
        var yesterday = daily.OnDay(day.AddDays(-1));

        var levels = new List<SupportLevel>();
        foreach (var window in Windows(settings))
        {
            var low = daily.Between(day.AddDays(-window.From), day.AddDays(-window.To), c => c.Day).MinBy(c => c.Low);
            if (low is null) continue;
            // "7-day low" only over seven stored days: on a deployment's second day the lowest of one day is just that day's low.
            var windowStored = daily[0].Day <= day.AddDays(-window.From);
            levels.Add(window.To == 1 && windowStored ? Level($"{window.From}-day low", low, today, yesterday) : Level(DatedLabel(low.Day, day), low, today, yesterday) with { NamedByDate = true });
        }

        // The day D's low reaches back to is, by definition, the next stored low beneath it.
        if (weakestSince is { } since && daily.OnDay(since) is { } prior)
        {
            levels.Add(Level(DatedLabel(since, day), prior, today, yesterday) with { NamedByDate = true });
        }

        return levels
            .GroupBy(l => l.Price)
            .Select(g => g.First())
            .OrderByDescending(l => l.Price)
            .ToList();
    }

    /// <summary>
    /// The windows, as [D−From, D−To]. A window ending at D−1 gives a true "7-day low". The older two are disjoint from
    /// it (last week may have gone lower), so their lows are not the lows of any span ending at D−1 and are named by the
    /// day they were set: "26 Jan low". Disjoint windows keep the older supports that a fall has turned into
    /// resistance, which windows all ending at D−1 would hide behind the newest low.
    /// </summary>
    public static IReadOnlyList<SupportWindow> Windows(AnalysisSettings settings) =>
    [
        new(settings.SupportWindowEndDays, 1),
        new(settings.SupportWindowStartDays, settings.SupportWindowEndDays + 1),
        new(settings.LongSupportWindowDays, settings.SupportWindowStartDays + 1),
    ];

    public const string DatedSuffix = " low";

    /// <summary>A level named by the day it was set, as a reader says it: "26 Jan low", with the year only when it is not D's.</summary>
    public static string DatedLabel(DateOnly low, DateOnly day) => DayName(low, day) + DatedSuffix;

    /// <summary>The day part of a dated label for a report of <paramref name="day"/>: "26 Jan", or "14 Dec 2025" in another year.</summary>
    public static string DayName(DateOnly low, DateOnly day) => low.ToString(low.Year == day.Year ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day part of a dated label ("26 Jan"), as it was written.</summary>
    public static string DayName(string datedLabel) => datedLabel[..^DatedSuffix.Length];

    private static SupportLevel Level(string label, Candle low, Candle today, Candle? yesterday) => new(
        label,
        low.Low,
        low.Day,
        BrokenOnDay: today.Low < low.Low && (yesterday is null || yesterday.Low >= low.Low),
        ClosedBelow: today.Close < low.Low,
        DistancePct: SeriesExtensions.PercentChange(low.Low, today.Close));

    /// <summary>The highest level still below the close: where the next test lies.</summary>
    public static SupportLevel? NearestBelow(IReadOnlyList<SupportLevel> levels) =>
        levels.Where(l => !l.ClosedBelow && l.DistancePct > 0).MaxBy(l => l.Price);

    /// <summary>The lowest level the close fell beneath: the nearest one to reclaim.</summary>
    public static SupportLevel? NearestBrokenAbove(IReadOnlyList<SupportLevel> levels) =>
        levels.Where(l => l.ClosedBelow).MinBy(l => l.Price);
}

/// <summary>The days [D−From, D−To] whose lowest low is a support level.</summary>
public sealed record SupportWindow(int From, int To);
