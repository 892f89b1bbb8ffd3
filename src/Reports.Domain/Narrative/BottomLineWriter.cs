using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>
/// Two sentences at the top of the flow summary: the base case the rules support (washout, cascade risk, relief rally,
/// advance, slide, drift) and what would change it. The first matching rule wins, in the order of docs/editorial.md.
/// </summary>
internal static class BottomLineWriter
{
    public static Paragraph Write(FlowAnalysis a, Mentions mentions)
    {
        var p = new Prose(mentions);
        var m = a.Market;
        var lead = a.Assets.FirstOrDefault(x => x.Close is not null);
        var support = lead is null ? null : SupportLevels.NearestBelow(lead.SupportLevels);
        if (m.DailyChangePct is not { } day || m.TotalMarketCapUsd is null)
        {
            WithoutTotal(p, a, lead, support);
            return p.Take();
        }

        var exposed = a.Assets
            .Where(x => x.OpenInterestUsd is not null && x.Close is not null)
            .Select(x => (Asset: x, Level: SupportLevels.NearestBelow(x.SupportLevels)))
            .Where(x => x.Level is { } l && l.DistancePct <= Rules.CascadeDistancePct)
            .OrderBy(x => x.Level!.DistancePct)
            .FirstOrDefault();
        var oversold = a.Assets.Where(x => x.Momentum.Rsi4h < MomentumRules.Oversold).Select(x => x.Symbol).ToList();
        var liq = m.Liquidations;
        var heavyLongs = liq is not null && Rules.LiquidationSplit(liq, day, a.History.LiquidationsMedianUsd) == Rules.LongFlush
            && (liq.Record || HistoryWords.Quotable(a.History.LiquidationsRank));
        var drainPct = m.DrainPct;

        if (day <= -Rules.StrongDayPct && heavyLongs && oversold.Count > 0)
        {
            p.Say($"Bottom line: a washout. Forced selling of longs was among the heaviest {HistoryWords.SinceRecordsBegin(p, "history.liquidationsBegin", a.History.LiquidationsBegin)} and 4h RSI is oversold on {Words.List(oversold)}, so the selling has likely done most of its work.", Rules.Washout);
            p.Say(support is not null
                ? $"A close below {lead!.Symbol}'s {AssetBreakdownWriter.Name(p, $"assets[{lead.Symbol}]", support)} at {p.ProsePrice(AssetBreakdownWriter.Level($"assets[{lead.Symbol}]", support, "price"), support.Price)} would turn the washout into a further leg down."
                : $"With {lead?.Symbol ?? "the lead asset"} at its lowest {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", a.History.RecordsBegin)} there is no support below to test; a second day of heavy long liquidations would mean the washout is not over.");
        }
        else if (day < 0 && exposed.Asset is { } x && exposed.Level is { } level)
        {
            var path = $"assets[{x.Symbol}]";
            p.Say($"Bottom line: cascade risk. {x.Symbol} closed {p.Percent(AssetBreakdownWriter.Level(path, level, "distancePct"), level.DistancePct)} above its {AssetBreakdownWriter.Name(p, path, level)} of {p.ProsePrice(AssetBreakdownWriter.Level(path, level, "price"), level.Price)} with {p.Money($"{path}.openInterestUsd", x.OpenInterestUsd!.Value)} of open interest outstanding.", Rules.CascadeRisk);
            p.Say("A close below that level could force leveraged longs out; holding it would give the market a floor to steady on.");
        }
        else if (day >= Rules.StrongDayPct && drainPct >= MarketRegimes.PullbackDrainPct)
        {
            p.Say($"Bottom line: a relief rally inside a larger drain; the cap is still {p.Money("market.drainUsd", m.DrainUsd!.Value)} under its {HighNames.SwingHigh(a)}.", Rules.ReliefRally);
            p.Say($"Reclaiming that high would end the drain; giving back the day's {p.Money("market.dailyChangeUsd", Math.Abs(m.DailyChangeUsd!.Value))} would mark the rally as a bounce only.");
        }
        else if (day > 0 && (m.DrainUsd <= 0 || day >= Rules.StrongDayPct))
        {
            p.Say($"Bottom line: an advance, with buyers in charge{(m.DrainUsd <= 0 ? $" and the cap at or above its {HighNames.SwingHigh(a)}" : "")}.", Rules.Advance);
            p.Say(support is not null
                ? $"A close back below {lead!.Symbol}'s {AssetBreakdownWriter.Name(p, $"assets[{lead.Symbol}]", support)} at {p.ProsePrice(AssetBreakdownWriter.Level($"assets[{lead.Symbol}]", support, "price"), support.Price)} would be the first sign it is over."
                : "A fall back below the previous high would be the first sign it is over.");
        }
        else if (day <= -Rules.StrongDayPct)
        {
            p.Say($"Bottom line: a slide with no washout yet: {(oversold.Count == 0 ? "4h RSI is not oversold" : "liquidations were not a one-sided flush of longs")}, so sellers may not be exhausted.", Rules.Slide);
            p.Say(support is not null
                ? $"{lead!.Symbol}'s {AssetBreakdownWriter.Name(p, $"assets[{lead.Symbol}]", support)} at {p.ProsePrice(AssetBreakdownWriter.Level($"assets[{lead.Symbol}]", support, "price"), support.Price)} is the next test; a break would extend the slide."
                : $"{lead?.Symbol ?? "The market"} has no stored support below; a second strong down day would extend the slide.");
        }
        // A one-sided liquidation split on a modest day: one side was forced out, so "no side in control" would be wrong.
        else if (liq is not null && Rules.LiquidationSplit(liq, day, a.History.LiquidationsMedianUsd) == Rules.ShortSqueeze)
        {
            var under = m.DrainUsd is { } drain ? $", and it is still {p.Money("market.drainUsd", drain)} under its {HighNames.SwingHigh(a)}" : "";
            p.Say($"Bottom line: a short squeeze, not yet an advance. Shorts took {p.Percent("market.liquidationsShortSharePct", liq.ShortSharePct!.Value)} of liquidations as the cap rose {p.Percent("market.dailyChangePct", day)}{under}.",
                Rules.SqueezeNotAdvance, Rules.ShortSqueeze);
            var advance = m.DrainUsd is null ? "A strong day up would make it an advance" : "Reclaiming that high would make it an advance";
            p.Say(support is not null
                ? $"{advance}; a close below {lead!.Symbol}'s {AssetBreakdownWriter.Name(p, $"assets[{lead.Symbol}]", support)} at {p.ProsePrice(AssetBreakdownWriter.Level($"assets[{lead.Symbol}]", support, "price"), support.Price)} would undo the squeeze."
                : $"{advance}; giving back the day's gain would mark it as a squeeze only.");
        }
        else if (liq is not null && Rules.LiquidationSplit(liq, day, a.History.LiquidationsMedianUsd) == Rules.LongFlush)
        {
            p.Say($"Bottom line: a flush of leveraged longs, not yet a slide. Longs took {p.Percent("market.liquidationsLongSharePct", liq.LongSharePct!.Value)} of liquidations as the cap fell {p.Percent("market.dailyChangePct", day)}.", Rules.FlushNotSlide, Rules.LongFlush);
            p.Say(support is not null
                ? $"A close below {lead!.Symbol}'s {AssetBreakdownWriter.Name(p, $"assets[{lead.Symbol}]", support)} at {p.ProsePrice(AssetBreakdownWriter.Level($"assets[{lead.Symbol}]", support, "price"), support.Price)} would turn it into a slide; holding it would leave the market drifting."
                : "A strong day down would turn it into a slide.");
        }
        else
        {
            p.Say("Bottom line: drift, with no side in control of the day.", Rules.Drift);
            p.Say(support is not null
                ? $"A close below {lead!.Symbol}'s {AssetBreakdownWriter.Name(p, $"assets[{lead.Symbol}]", support)} at {p.ProsePrice(AssetBreakdownWriter.Level($"assets[{lead.Symbol}]", support, "price"), support.Price)}, or a strong day either way, would set the direction."
                : "A strong day either way would set the direction.");
        }
        return p.Take();
    }

    /// <summary>No day-on-day total: no market-wide verdict, only what the lead asset's own move supports.</summary>
    private static void WithoutTotal(Prose p, FlowAnalysis a, AssetFlow? lead, SupportLevel? support)
    {
        if (lead is not { DailyChangePct: { } move })
        {
            p.Say($"Bottom line: neither the total market cap's day-on-day change nor a lead asset's daily move is available for {p.Date("date", a.Date)}, so there is no base case.");
            p.Say("The sections below report the figures that are available.");
            return;
        }
        var path = $"assets[{lead.Symbol}]";
        p.Say($"Bottom line: the total market cap's day-on-day change is missing, so there is no market-wide verdict; {lead.Symbol}, the lead asset, {p.Moved($"{path}.dailyChangePct", move)} on the day.");
        p.Say(support is not null
            ? $"A close below {lead.Symbol}'s {AssetBreakdownWriter.Name(p, path, support)} at {p.ProsePrice(AssetBreakdownWriter.Level(path, support, "price"), support.Price)} would be the next sign of weakness."
            : $"{lead.Symbol} has no lower level on record to act as support.");
    }
}
