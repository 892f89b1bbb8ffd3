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
        foreach (var (label, from, to) in Windows(settings))
        {
            var low = daily.Between(day.AddDays(-from), day.AddDays(-to), c => c.Day).MinBy(c => c.Low);
            if (low is not null) levels.Add(Level(label, low, today, yesterday));
        }

        // The day D's low reaches back to is, by definition, the next stored low beneath it.
        if (weakestSince is { } since && daily.OnDay(since) is { } prior)
        {
            levels.Add(Level(string.Create(CultureInfo.InvariantCulture, $"low of {since:d MMM yyyy}"), prior, today, yesterday));
        }

        return levels
            .GroupBy(l => l.Price)
            .Select(g => g.First())
            .OrderByDescending(l => l.Price)
            .ToList();
    }

    /// <summary>"Broken on D" means first breached on D: D−1's low still held above the level.</summary>
    /// <summary>The windows, as (label, first day back, last day back): [D−From, D−To].</summary>
    public static IReadOnlyList<(string Label, int From, int To)> Windows(AnalysisSettings settings) =>
    [
        ("7-day low", 7, 1),
        ($"{settings.SupportWindowStartDays}-to-{settings.SupportWindowEndDays}-day low", settings.SupportWindowStartDays, settings.SupportWindowEndDays + 1),
        ($"{settings.LongSupportWindowDays}-day low", settings.LongSupportWindowDays, settings.SupportWindowStartDays + 1),
    ];

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
