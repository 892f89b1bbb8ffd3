using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Total market cap on D, the sector's daily move, the drain since the swing high and the loss from the cycle peak.</summary>
public static class MarketCapFlow
{
    public static MarketFlow Calculate(MarketData data, DateOnly day, AnalysisSettings settings)
    {
        var global = data.Global;
        var today = global.OnDay(day);
        var yesterday = global.OnDay(day.AddDays(-1));
        var cap = today?.TotalMarketCapUsd;

        var swingHigh = Highest(global, day.AddDays(-settings.SwingHighWindowDays), day.AddDays(-1));
        var peak = Highest(global, day.AddDays(-settings.CyclePeakWindowDays), day.AddDays(-1));

        decimal? drain = null, drainPerDay = null;
        int? drainDays = null;
        if (cap is { } c && swingHigh is not null)
        {
            drain = swingHigh.Value - c;
            drainDays = day.DayNumber - swingHigh.Date.DayNumber;
            drainPerDay = drain / drainDays;
        }

        var volume = today?.TotalVolumeUsd;
        var previousVolumeRecord = global
            .Where(p => p.Date < day && p.TotalVolumeUsd is not null)
            .MaxBy(p => p.TotalVolumeUsd) is { } v ? new DatedValue(v.Date, v.TotalVolumeUsd!.Value) : null;

        return new MarketFlow(
            TotalMarketCapUsd: cap,
            PreviousMarketCapUsd: yesterday?.TotalMarketCapUsd,
            DailyChangePct: cap is { } now && yesterday is not null
                ? SeriesExtensions.PercentChange(yesterday.TotalMarketCapUsd, now)
                : null,
            SwingHigh: swingHigh,
            DrainUsd: drain,
            DrainPerDayUsd: drainPerDay,
            DrainDays: drainDays,
            CyclePeak: peak,
            LossFromPeakUsd: cap is { } p1 && peak is not null ? peak.Value - p1 : null,
            LossFromPeakPct: cap is { } p2 && peak is not null ? (peak.Value - p2) / peak.Value * 100m : null,
            TotalVolumeUsd: volume,
            VolumeRecord: volume is { } vol && (previousVolumeRecord is null || vol > previousVolumeRecord.Value) && HasHistory(global, day),
            PreviousVolumeRecord: previousVolumeRecord,
            Liquidations: Liquidations.Calculate(data, day));
    }

    /// <summary>The highest cap in [from, to]; the earliest day wins a tie (when the level was first reached).</summary>
    private static DatedValue? Highest(IReadOnlyList<MarketCapPoint> global, DateOnly from, DateOnly to)
    {
        MarketCapPoint? best = null;
        foreach (var p in global.Between(from, to, p => p.Date))
        {
            if (best is null || p.TotalMarketCapUsd > best.TotalMarketCapUsd) best = p;
        }
        return best is null ? null : new DatedValue(best.Date, best.TotalMarketCapUsd);
    }

    /// <summary>A "record" needs something to beat: at least one earlier day with volume.</summary>
    private static bool HasHistory(IReadOnlyList<MarketCapPoint> global, DateOnly day) =>
        global.Any(p => p.Date < day && p.TotalVolumeUsd is not null);
}
