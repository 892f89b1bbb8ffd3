using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>What to watch after D: the nearest supports and what breaking them exposes, levels to reclaim, momentum turns, scheduled events.</summary>
public static class WatchList
{
    public static IReadOnlyList<WatchItem> Build(
        DateOnly day,
        MarketFlow market,
        IReadOnlyList<AssetFlow> assets,
        IReadOnlyList<CrossMarketFlow> crossMarkets,
        IReadOnlyList<MarketEvent> events,
        IReadOnlyList<string> gaps)
    {
        var items = new List<WatchItem>();

        foreach (var a in assets.Where(a => a.Close is not null))
        {
            if (SupportLevels.NearestBelow(a.SupportLevels) is { } support)
            {
                // Open interest is the leverage that a break could force out: the liquidation-cascade exposure.
                items.Add(new WatchItem(WatchKind.NearestSupport, a.Symbol, support.Price, support.DistancePct, a.OpenInterestUsd, support.Label));
            }
            if (SupportLevels.NearestBrokenAbove(a.SupportLevels) is { } broken)
            {
                items.Add(new WatchItem(WatchKind.ReclaimBrokenSupport, a.Symbol, broken.Price, broken.DistancePct, null, broken.Label));
            }
            if (a.Momentum.Reading is MomentumReading.CorrectiveBounceInDowntrend or MomentumReading.Oversold or MomentumReading.Overbought
                or MomentumReading.WeakeningUptrend or MomentumReading.RecoveringMomentum)
            {
                items.Add(new WatchItem(WatchKind.MomentumTurn, a.Symbol, null, null, null, a.Momentum.Reading.ToString()));
            }
            if (a.OpenInterestWeekChangePct <= -CatalystFinder.OpenInterestMovePct)
            {
                items.Add(new WatchItem(WatchKind.OpenInterestUnwind, a.Symbol, a.OpenInterestUsd, a.OpenInterestWeekChangePct, a.OpenInterestUsd, null));
            }
        }

        if (market.SwingHigh is { } high && market.DrainUsd > 0 && market.TotalMarketCapUsd is { } cap)
        {
            items.Add(new WatchItem(WatchKind.SwingHighReclaim, "market", high.Value, SeriesExtensions.PercentChange(high.Value, cap), null, null));
        }

        foreach (var m in crossMarkets.Where(m => m.WeekChangePct <= CatalystFinder.CrossSelloffWeekPct || m.DropFromHighPct <= 2 * CatalystFinder.CrossSelloffWeekPct))
        {
            items.Add(new WatchItem(WatchKind.CrossMarketStress, m.Name, m.Close, m.DropFromHighPct, null, null));
        }

        foreach (var e in events.Where(e => e.Date > day).OrderBy(e => e.Date))
        {
            items.Add(new WatchItem(WatchKind.ScheduledEvent, e.Kind, null, null, null, e.Text) { Date = e.Date });
        }

        items.AddRange(gaps.Select(g => new WatchItem(WatchKind.DataGap, "data", null, null, null, g)));
        return items;
    }
}
