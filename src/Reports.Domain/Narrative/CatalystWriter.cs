using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>"Catalysts and what to watch": one bullet per catalyst, then one per watch item.</summary>
internal static class CatalystWriter
{
    public static ArticleSection Write(FlowAnalysis a)
    {
        var p = new Prose();
        var paragraphs = new List<Paragraph>();

        p.Say(a.Catalysts.Count > 0 ? "What drove the day:" : "No single catalyst stood out: cross markets, volume, liquidations and open interest were all within their usual range.");
        paragraphs.Add(p.Take());
        foreach (var c in a.Catalysts) p.Say(Catalyst(p, a, c));
        if (!p.IsEmpty) paragraphs.Add(p.Take(asList: true));

        var watch = a.Watch.Where(w => w.Kind != WatchKind.DataGap).ToList();
        p.Say(watch.Count > 0 ? "What to watch next:" : "No level is close enough to watch closely; the figures above are the baseline for tomorrow.");
        paragraphs.Add(p.Take());
        foreach (var w in watch) p.Say(Watch(p, a, w));
        if (!p.IsEmpty) paragraphs.Add(p.Take(asList: true));

        return new ArticleSection(SectionTitles.CatalystsAndWatch, paragraphs);
    }

    private static string Catalyst(Prose p, FlowAnalysis a, Catalyst c)
    {
        var cross = a.CrossMarkets.FirstOrDefault(m => m.Name == c.Subject);
        var path = $"catalysts[{c.Kind}:{c.Subject}]";
        return c.Kind switch
        {
            CatalystKind.Event => $"{Formats.ShortDate(c.Date!.Value)} ({c.Subject}): {c.Detail}",
            CatalystKind.CrossMarketSelloff => $"{c.Subject} fell {p.Percent(path, c.Value!.Value)} {(cross?.WeekChangePct == c.Value ? "over the week" : "on the day")} to {p.Level($"crossMarkets[{c.Subject}].close", cross!.Close!.Value)}, "
                + $"{p.Percent($"crossMarkets[{c.Subject}].dropFromHighPct", cross.DropFromHighPct!.Value)} below its {a.Settings.CrossMarketWindowDays}-day high: selling outside crypto.",
            CatalystKind.CrossMarketRally => $"{c.Subject} rose {p.Percent(path, c.Value!.Value)} over the week to {p.Level($"crossMarkets[{c.Subject}].close", cross!.Close!.Value)}, {(a.Market.DailyChangePct < 0 ? "while crypto fell: money is not coming this way" : "alongside crypto: a broad bid across markets")}.",
            CatalystKind.HighCorrelation => c.Value >= 0
                ? $"BTC's daily returns moved with {c.Subject} over {a.Settings.CrossMarketWindowDays} days (correlation {p.Fig($"crossMarkets[{c.Subject}].correlationWithBtc", Formats.Indicator((double)c.Value!.Value, 2))}): shocks there are reaching crypto."
                : $"BTC's daily returns moved against {c.Subject} over {a.Settings.CrossMarketWindowDays} days (correlation {p.Fig($"crossMarkets[{c.Subject}].correlationWithBtc", Formats.Indicator((double)c.Value!.Value, 2))}): it has acted as a hedge.",
            CatalystKind.RecordVolume => $"Record volume: {p.Money("market.totalVolumeUsd", c.Value!.Value)} changed hands, the most in the stored history.",
            CatalystKind.RecordLiquidations => $"Record liquidations: {p.Money("market.liquidationsUsd", c.Value!.Value)} of positions were forced shut, the most in the stored history.",
            CatalystKind.LongSqueeze => $"A long squeeze: {p.Money("market.longLiquidationsUsd", c.Value!.Value)} of long positions were liquidated, {p.Percent("market.liquidationsLongSharePct", a.Market.Liquidations!.LongSharePct!.Value)} of the total.",
            CatalystKind.ShortSqueeze => $"A short squeeze: {p.Money("market.shortLiquidationsUsd", c.Value!.Value)} of short positions were liquidated, {p.Percent("market.liquidationsShortSharePct", a.Market.Liquidations!.ShortSharePct!.Value)} of the total.",
            CatalystKind.FallingOpenInterest => $"{c.Subject} open interest fell {p.Percent($"assets[{c.Subject}].openInterestWeekChangePct", c.Value!.Value)} in a week: leverage is leaving the market.",
            CatalystKind.RisingOpenInterest => $"{c.Subject} open interest rose {p.Percent($"assets[{c.Subject}].openInterestWeekChangePct", c.Value!.Value)} in a week: new leverage is building.",
            CatalystKind.SupportBroken => $"{c.Subject} closed below its {c.Detail} of {p.Price($"assets[{c.Subject}].supportLevels[{c.Detail}].price", c.Value!.Value)}, turning support into resistance.",
            _ => $"{c.Kind}: {c.Subject}",
        };
    }

    private static string Watch(Prose p, FlowAnalysis a, WatchItem w)
    {
        var path = $"watch[{w.Kind}:{w.Subject}]";
        var asset = a.Assets.FirstOrDefault(x => x.Symbol == w.Subject);
        return w.Kind switch
        {
            WatchKind.NearestSupport => $"{w.Subject}: the {w.Detail} at {p.Price(path, w.Level!.Value)}, {p.Percent($"{path}.distancePct", w.DistancePct!.Value)} below the close; "
                + (w.ExposureUsd is { } oi
                    ? $"a break would put {p.Money($"assets[{w.Subject}].openInterestUsd", oi)} of open interest at risk of a liquidation cascade."
                    : "a break would leave no nearer support in the stored data."),
            WatchKind.ReclaimBrokenSupport => $"{w.Subject}: a close back above {p.Price(path, w.Level!.Value)} (the {w.Detail} it lost) would mark the break as a false move.",
            WatchKind.SwingHighReclaim => $"The market: the {a.Settings.SwingHighWindowDays}-day high of {p.Money("market.swingHighUsd", w.Level!.Value)} is {p.Percent(path, Math.Abs(w.DistancePct!.Value))} above the current cap; until it is reclaimed the drain is intact.",
            WatchKind.MomentumTurn => $"{w.Subject} momentum: {ReadingWords.NextSignal(asset!.Momentum.Reading)}.",
            WatchKind.OpenInterestUnwind => $"{w.Subject} leverage: open interest of {p.Money($"assets[{w.Subject}].openInterestUsd", w.Level!.Value)} is shrinking; a further fall means more forced or voluntary deleveraging.",
            WatchKind.CrossMarketStress => $"{w.Subject}: {p.Percent($"crossMarkets[{w.Subject}].dropFromHighPct", Math.Abs(w.DistancePct!.Value))} below its {a.Settings.CrossMarketWindowDays}-day high; further stress there can keep pressure on crypto.",
            WatchKind.ScheduledEvent => $"{Formats.ShortDate(w.Date!.Value)} ({w.Subject}): {w.Detail}",
            _ => w.Detail ?? w.Kind.ToString(),
        };
    }
}
