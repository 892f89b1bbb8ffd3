using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Derives the day's drivers from the figures and events.csv; thresholds are in docs/metrics.md.</summary>
public static class CatalystFinder
{
    public const decimal CrossSelloffWeekPct = -3m;
    public const decimal CrossSelloffDayPct = -2m;
    public const decimal CrossRallyWeekPct = 3m;
    public const double HighCorrelation = 0.5;
    /// <summary>A correlated market drove the day only when its own bar dated D moved at least this much.</summary>
    public const decimal CorrelatedMovePct = 1m;
    public const decimal SqueezeShare = 0.65m;
    public const decimal OpenInterestMovePct = 5m;

    public static IReadOnlyList<Catalyst> Find(
        DateOnly day,
        MarketFlow market,
        IReadOnlyList<AssetFlow> assets,
        IReadOnlyList<CrossMarketFlow> crossMarkets,
        IReadOnlyList<MarketEvent> recentEvents)
    {
        var found = new List<Catalyst>();

        foreach (var e in recentEvents.Where(e => e.Date <= day).OrderByDescending(e => e.Date))
        {
            found.Add(new Catalyst(CatalystKind.Event, e.Kind, null, e.Date, e.Text, e.SourceUrl));
        }

        foreach (var m in crossMarkets.Where(m => m.LastDate is not null))
        {
            if (m.WeekChangePct <= CrossSelloffWeekPct || m.DailyChangePct <= CrossSelloffDayPct)
            {
                found.Add(new Catalyst(CatalystKind.CrossMarketSelloff, m.Name, m.WeekChangePct <= CrossSelloffWeekPct ? m.WeekChangePct : m.DailyChangePct, m.LastDate, null, null));
            }
            else if (m.WeekChangePct >= CrossRallyWeekPct)
            {
                found.Add(new Catalyst(CatalystKind.CrossMarketRally, m.Name, m.WeekChangePct, m.LastDate, null, null));
            }
            if (m.CorrelationWithBtc is { } r && Math.Abs(r) >= HighCorrelation)
            {
                found.Add(new Catalyst(CatalystKind.HighCorrelation, m.Name, (decimal)Math.Round(r, 2), m.LastDate, null, null));
            }
        }

        if (market.VolumeRecord && market.TotalVolumeUsd is { } volume)
        {
            found.Add(new Catalyst(CatalystKind.RecordVolume, "market", volume, day, null, null));
        }

        if (market.Liquidations is { } liq)
        {
            if (liq.Record) found.Add(new Catalyst(CatalystKind.RecordLiquidations, "market", liq.TotalUsd, day, null, null));
            if (liq.LongSharePct >= SqueezeShare * 100m)
                found.Add(new Catalyst(CatalystKind.LongSqueeze, "market", liq.LongUsd, day, null, null));
            else if (liq.ShortSharePct >= SqueezeShare * 100m)
                found.Add(new Catalyst(CatalystKind.ShortSqueeze, "market", liq.ShortUsd, day, null, null));
        }

        foreach (var a in assets)
        {
            if (a.OpenInterestWeekChangePct <= -OpenInterestMovePct)
                found.Add(new Catalyst(CatalystKind.FallingOpenInterest, a.Symbol, a.OpenInterestWeekChangePct, day, null, null));
            else if (a.OpenInterestWeekChangePct >= OpenInterestMovePct)
                found.Add(new Catalyst(CatalystKind.RisingOpenInterest, a.Symbol, a.OpenInterestWeekChangePct, day, null, null));

            // Only the highest level first broken today: a close through three supports is one story, not three.
            if (a.SupportLevels.Where(s => s.BrokenOnDay && s.ClosedBelow).MaxBy(s => s.Price) is { } broken)
                found.Add(new Catalyst(CatalystKind.SupportBroken, a.Symbol, broken.Price, broken.Date, broken.Label, null));
        }

        return found;
    }
}
