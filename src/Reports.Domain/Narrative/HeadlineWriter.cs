using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>
/// The title and the standfirst. Candidate stories are ranked by newsworthiness (a record beats the largest move in
/// months, which beats the drain, which beats a support break); the best one leads. On a strong day every candidate
/// names the day's direction, so a headline never contradicts the move.
/// </summary>
internal static class HeadlineWriter
{
    /// <summary>A story the day could lead with; a higher score is more newsworthy.</summary>
    private sealed record Story(int Score, string Headline, EditorialRule? Rule);

    public static string Headline(FlowAnalysis a, MarketRegime regime) => Stories(a, regime).MaxBy(s => s.Score)!.Headline;

    private static IEnumerable<Story> Stories(FlowAnalysis a, MarketRegime regime)
    {
        var m = a.Market;
        var h = a.History;
        var day = m.DailyChangePct;
        var strong = day is { } d && Math.Abs(d) >= Rules.StrongDayPct;
        var move = day is { } dd ? $"{(dd >= 0 ? "Rises" : "Falls")} {Formats.Percent(dd)}" : null;
        var lead = a.Assets.FirstOrDefault(x => x.Close is not null);
        var low = lead is null ? "" : LowTag(a, lead);

        yield return new Story(0, Fallback(a, regime), null);

        if (h.MarketCapRecord && m.TotalMarketCapUsd is { } cap)
            yield return new Story(100, $"Crypto Hits a Record {Formats.MoneyTitle(cap)}{(move is null ? "" : $" as It {move}")}", Rules.AllTimeHigh);

        if (m.Liquidations is { Record: true } liq && HistoryWords.IsNews(true, h.LiquidationDays))
            yield return new Story(95, day switch
            {
                < 0 => $"Record {Formats.MoneyTitle(liq.TotalUsd)} Liquidations Knock {Formats.Percent(day.Value)} off Crypto{low}",
                > 0 => $"Record {Formats.MoneyTitle(liq.TotalUsd)} Liquidations as Crypto Rises {Formats.Percent(day.Value)}",
                _ => $"Record {Formats.MoneyTitle(liq.TotalUsd)} Liquidations Hit Crypto{low}",
            }, Rules.RecordLiquidations);

        if (HistoryWords.IsNews(m.VolumeRecord, h.VolumeDays) && m.TotalVolumeUsd is { } volume)
            yield return new Story(90, $"Record {Formats.MoneyTitle(volume)} Volume{(move is null ? "" : $" as Crypto {move}")}{(day < 0 ? low : "")}", Rules.RecordVolume);

        if (strong && h.DailyMoveRank is not null)
        {
            var noun = day > 0 ? "Rise" : "Fall";
            if (h.LargerMoveSince is null && h.DailyMoveDays >= MarketHistory.MinimumDaysForRecord)
                yield return new Story(88, $"Crypto {move}, Its Largest One-Day {noun} Since Records Here Begin{(day < 0 ? low : "")}", Rules.Ranked);
            else if (h.LargerMoveSince is { } since && a.Date.DayNumber - since.DayNumber >= HistoryWords.QuotedSinceDays)
                yield return new Story(80, $"Crypto {move}, Its Largest One-Day {noun} Since {Formats.MediumDate(since)}{(day < 0 ? low : "")}", Rules.Ranked);
        }

        // A strong day that is nothing more: still led by its own move.
        if (strong && !(regime == MarketRegime.ReliefRally || (regime == MarketRegime.Selloff && day < 0)))
            yield return new Story(50, $"Crypto {move} to {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}{(day < 0 ? low : "")}", null);

        if (strong && day < 0 && regime == MarketRegime.Selloff && m.DrainUsd is { } drain && m.SwingHigh is { } high)
            yield return new Story(60, $"Crypto's {Formats.MoneyTitle(drain)} Drain Since {Formats.ShortDate(high.Date)} Deepens: Down {Formats.Percent(day!.Value)} on the Day{low}", null);

        // Without the total's day-on-day change, the lead asset's own strong move is the day's story.
        if (day is null && lead is { DailyChangePct: { } leadDay, Close: { } leadClose } && Math.Abs(leadDay) >= Rules.StrongDayPct)
            yield return new Story(45, $"{lead.Symbol} {(leadDay >= 0 ? "Rises" : "Falls")} {Formats.Percent(leadDay)} to {Formats.ProsePrice(leadClose)}{(leadDay < 0 ? LowTag(a, lead, named: false) : "")}", null);

        if (lead?.SupportLevels.Where(s => s.BrokenOnDay && s.ClosedBelow).MaxBy(s => s.Price) is { } broken && !strong)
            yield return new Story(40, $"{lead.Symbol} Breaks Its {Title(broken.Label)} at {Formats.ProsePrice(broken.Price)}{(move is null ? "" : $" as Crypto {move.Replace("Rises", "Edges Up").Replace("Falls", "Slips")}")}", Rules.SupportBroken);
    }

    /// <summary>
    /// "; BTC at Lowest Since Oct 2024" (or "at Its Lowest Yet") when the lead asset's low reaches far back (half a year
    /// or more), else nothing; unnamed (", Its Lowest Yet") when the headline is already about that asset.
    /// </summary>
    private static string LowTag(FlowAnalysis a, AssetFlow lead, bool named = true)
    {
        var at = named ? $"; {lead.Symbol} at " : ", ";
        return lead.LowestOnRecord && a.History.RecordsBegin is { } begins && a.Date.DayNumber - begins.DayNumber >= 180 ? $"{at}Its Lowest Yet"
            : lead.WeakestSinceDate is { } since && a.Date.DayNumber - since.DayNumber >= 180 ? $"{at}{(named ? "" : "Its ")}Lowest Since {since:MMM yyyy}"
            : "";
    }

    /// <summary>A support label in title case: "30-to-7-Day Low", "Low of 9 Jan 2026".</summary>
    private static string Title(string label) => string.Join(' ', label.Split(' ').Select(w =>
        string.Join('-', w.Split('-').Select(part => part is "to" or "of" || part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]))));

    /// <summary>The regime's own headline, used when nothing in the history makes the day stand out.</summary>
    private static string Fallback(FlowAnalysis a, MarketRegime regime)
    {
        var m = a.Market;
        var month = Formats.MonthYear(a.Date);
        var since = m.SwingHigh is { } h ? $"Since {Formats.ShortDate(h.Date)}" : "";
        return regime switch
        {
            // A day up inside a selloff: the drain is the story, but the headline must not read as another day of losses.
            MarketRegime.Selloff when m.DailyChangePct > 0 && !Formats.RoundsToZero(m.DailyChangePct.Value) =>
                $"Crypto's {Formats.MoneyTitle(m.DrainUsd!.Value)} Drain {since} Eases: Up {Formats.Percent(m.DailyChangePct)} on the Day",
            MarketRegime.Selloff => $"Crypto's {Formats.MoneyTitle(m.DrainUsd!.Value)} Drain: Flow Analysis of the Selloff {since}",
            MarketRegime.ReliefRally => $"Crypto Claws Back {Formats.MoneyTitle(DayMove(m))} in a Day: A Relief Rally in the Selloff {since}",
            MarketRegime.Pullback when m.DailyChangePct > 0 && !Formats.RoundsToZero(m.DailyChangePct.Value) =>
                $"Crypto Edges Up {Formats.Percent(m.DailyChangePct)} but Stays {Formats.MoneyTitle(m.DrainUsd!.Value)} Below Its {(m.SwingHigh is { } sh ? Formats.ShortDate(sh.Date) : "Recent")} High",
            MarketRegime.Pullback => $"Crypto Sheds {Formats.MoneyTitle(m.DrainUsd!.Value)} in {(m.DrainDays == 1 ? "a Day" : $"{m.DrainDays} Days")}: Flow Analysis of the Pullback {since}",
            MarketRegime.SharpDrop => $"Crypto Loses {Formats.MoneyTitle(DayMove(m))} in a Day: Flow Analysis of a Sharp Drop",
            MarketRegime.Rally when m.DrainUsd <= 0 && a.RecordsCoverSwingHigh => $"Crypto Breaks Its {a.Settings.SwingHighWindowDays}-Day High at {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis of the {month} Rally",
            MarketRegime.Rally => $"Crypto Adds {Formats.MoneyTitle(DayMove(m))} in a Day: Flow Analysis of the {month} Rally",
            MarketRegime.Quiet => $"Crypto Holds at {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis of a Quiet {a.Date.DayOfWeek}",
            MarketRegime.Drift when m.DailyChangePct is null => $"Crypto at {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis for {Formats.Date(a.Date)}",
            MarketRegime.Drift => $"Crypto {(m.DailyChangePct >= 0 ? "Edges Up" : "Drifts Lower")} to {Formats.MoneyTitle(m.TotalMarketCapUsd!.Value)}: Flow Analysis for {Formats.Date(a.Date)}",
            _ => LeadAssetHeadline(a),
        };
    }

    public static Sentence Standfirst(FlowAnalysis a, MarketRegime regime)
    {
        var p = new Prose();
        var m = a.Market;
        if (m.TotalMarketCapUsd is { } cap)
        {
            var move = m.DailyChangePct is { } d
                ? Formats.RoundsToZero(d) ? ", little changed on the day" : $" after {Words.WithA($"{p.Percent("market.dailyChangePct", d)} {(d >= 0 ? "rise" : "fall")}")} on the day"
                : "";
            var drain = m.DrainUsd is { } dr && m.SwingHigh is { } h
                ? dr > 0
                    ? $", {p.Money("market.drainUsd", dr)} below its {HighNames.SwingHigh(a)} of {p.Money("market.swingHighUsd", h.Value)}"
                    : dr < 0 ? $", {p.Money("market.drainUsd", -dr)} above its previous {HighNames.SwingHigh(a)}" : $", level with its {HighNames.SwingHigh(a)}"
                : "";
            var btc = a.Assets.FirstOrDefault(x => x.Close is not null) is { Close: { } close } lead ? $"; {lead.Symbol} was last trading at {p.ProsePrice($"assets[{lead.Symbol}].close", close)}" : "";
            p.Say($"Total crypto market capitalisation stood at {p.Money("market.totalMarketCapUsd", cap)} on {p.Date("date", a.Date)}{move}{drain}{btc}.");
        }
        else
        {
            p.Say($"Total market capitalisation is not available for {p.Date("date", a.Date)}; this report covers the assets with data.");
        }
        return p.Take().Sentences[0];
    }

    private static decimal DayMove(MarketFlow m) => Math.Abs(m.TotalMarketCapUsd!.Value - m.PreviousMarketCapUsd!.Value);

    private static string LeadAssetHeadline(FlowAnalysis a)
    {
        var lead = a.Assets.FirstOrDefault(x => x.Close is not null);
        return lead is null
            ? $"Crypto Flow Analysis for {Formats.Date(a.Date)}"
            : $"{lead.Symbol} at {Formats.ProsePrice(lead.Close!.Value)}: Crypto Flow Analysis for {Formats.Date(a.Date)}";
    }
}
