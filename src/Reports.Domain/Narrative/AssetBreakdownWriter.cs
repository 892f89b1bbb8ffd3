using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;

namespace Reports.Domain.Narrative;

/// <summary>"Asset-specific flow breakdown": one paragraph per asset on price, volume, positioning, momentum and support.</summary>
internal static class AssetBreakdownWriter
{
    public static ArticleSection Write(FlowAnalysis a, Mentions mentions)
    {
        var lead = a.Assets.FirstOrDefault(x => x.DailyChangePct is not null);
        var paragraphs = a.Assets.Select(asset => Paragraph(a, asset, asset == lead ? null : lead, mentions)).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(new Prose().Say("No crypto asset has daily candles in the data, so there is no asset breakdown.").Take());
        }
        return new ArticleSection(SectionTitles.AssetBreakdown, paragraphs);
    }

    private static Paragraph Paragraph(FlowAnalysis a, AssetFlow x, AssetFlow? lead, Mentions mentions)
    {
        var p = new Prose(mentions);
        var path = $"assets[{x.Symbol}]";
        if (x.Close is not { } close || x.Low is not { } low)
        {
            p.Say($"{x.Symbol} has no daily candle for {p.Date("date", a.Date)}, so its price figures are missing.");
            WriteMomentum(p, x, path);
            return p.Take();
        }

        var (lowNote, lowRule) = x.LowestOnRecord && a.RecordsLongEnough
            ? ($": the lowest {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", a.History.RecordsBegin)}", Rules.LowestOnRecord)
            : x.WeakestSinceDate is { } since && a.Date.DayNumber - since.DayNumber > Rules.NotableLowDays
                ? ($": its weakest level since {p.Fig($"{path}.weakestSinceDate", Formats.MonthYear(since))}", Rules.WeakestSince)
                : ("", null);
        p.Say($"{Opening(p, x, lead, path, close)}, after trading as low as {p.ProsePrice($"{path}.low", low)}{lowNote}.", lowRule);

        var periods = new List<string>();
        if (x.WeekChangePct is { } w) periods.Add($"{Direction(w)} {p.Percent($"{path}.weekChangePct", w)} over the week");
        if (x.YtdChangePct is { } y) periods.Add($"{Direction(y)} {p.Percent($"{path}.ytdChangePct", y)} year to date");
        if (periods.Count > 0) p.Say($"It is {string.Join(" and ", periods)}.");

        if (a.History.Volumes.FirstOrDefault(v => v.Symbol == x.Symbol) is { } volume && !Formats.RoundsToZero(volume.VsAveragePct))
        {
            p.Say($"Its volume of {p.Money($"history.volumes[{x.Symbol}].volumeUsd", volume.VolumeUsd)} was {p.Percent($"history.volumes[{x.Symbol}].vsAveragePct", volume.VsAveragePct)} {(volume.VsAveragePct > 0 ? "above" : "below")} its {MarketHistory.VolumeAverageDays}-day average.");
        }

        if (x.OpenInterestUsd is { } oi)
        {
            var rule = Rules.OpenInterest(x.OpenInterestWeekChangePct);
            var change = x.OpenInterestWeekChangePct is { } c
                ? rule == Rules.Unwinding ? $", {p.Percent($"{path}.openInterestWeekChangePct", c)} lower than a week ago: leverage is being unwound"
                : rule == Rules.Building ? $", {p.Percent($"{path}.openInterestWeekChangePct", c)} higher than a week ago: fresh leverage is building"
                : Formats.RoundsToZero(c) ? ", little changed on the week" : $", {(c >= 0 ? "up" : "down")} {p.Percent($"{path}.openInterestWeekChangePct", c)} on the week"
                : "";
            p.Say($"Open interest outstanding is {p.Money($"{path}.openInterestUsd", oi)}{change}.", rule);
        }

        WriteMomentum(p, x, path);
        WriteSupport(a, p, x, path);
        return p.Take();
    }

    /// <summary>
    /// The first sentence. The lead asset states its move plainly; the others are worded against the lead's move, so
    /// two assets on the same day never read as clones (the form follows from the figures, never chosen at random).
    /// </summary>
    private static string Opening(Prose p, AssetFlow x, AssetFlow? lead, string path, decimal close)
    {
        var closed = p.ProsePrice($"{path}.close", close);
        if (x.DailyChangePct is not { } d) return $"{x.Symbol} closed at {closed}";
        if (Formats.RoundsToZero(d)) return $"{x.Symbol} closed at {closed}, little changed on the day";
        var move = p.Percent($"{path}.dailyChangePct", d);
        if (lead?.DailyChangePct is not { } l || Formats.RoundsToZero(l))
            return $"{x.Symbol} closed at {closed}, {Direction(d)} {move} on the day";
        if (Math.Sign(d) != Math.Sign(l))
            return $"{x.Symbol} went the other way from {lead.Symbol}, {(d > 0 ? "rising" : "falling")} {move} to close at {closed}";
        var stronger = Math.Round(Math.Abs(d), 1) > Math.Round(Math.Abs(l), 1);
        var same = Math.Round(Math.Abs(d), 1) == Math.Round(Math.Abs(l), 1);
        return same
            ? $"{x.Symbol} moved in step with {lead.Symbol}, {(d > 0 ? "rising" : "falling")} {move} to {closed}"
            : d < 0
                ? $"{x.Symbol} fell {(stronger ? "harder" : "less")} than {lead.Symbol}, down {move} at {closed}"
                : $"{x.Symbol} rose {(stronger ? "further" : "less")} than {lead.Symbol}, up {move} at {closed}";
    }

    private static void WriteMomentum(Prose p, AssetFlow x, string path)
    {
        var m = x.Momentum;
        if (m.Missing is { } missing)
        {
            p.Say(missing switch
            {
                MissingMomentum.NoCandles => $"No 4-hour candles are stored up to this day, so there is no 4h momentum reading for {x.Symbol}.",
                MissingMomentum.TooFewCandles =>
                    $"Only {p.Fig($"{path}.fourHourCandles", Words.Count(m.FourHourCandles, "4-hour candle"))} are stored up to this day, too few for a 4h momentum reading on {x.Symbol}.",
                _ => $"The stored 4-hour candles for {x.Symbol} stop before this day, so there is no current 4h momentum reading.",
            });
        }
        else
        {
            var rule = Rules.Reading(m);
            var histogram = m.PreviousMacdHistogram4h is { } prev ? (m.MacdHistogram4h > prev ? ", histogram rising" : ", histogram falling") : "";
            p.Say($"On the 4-hour chart RSI(14) is {p.Fig($"{path}.rsi4h", Formats.Indicator(m.Rsi4h!.Value))} and MACD is {p.Fig($"{path}.macd4h", Formats.Indicator(m.Macd4h!.Value, 2))} "
                + $"against a signal of {p.Fig($"{path}.macdSignal4h", Formats.Indicator(m.MacdSignal4h!.Value, 2))}{histogram}: {rule.Verdict}.", rule);
        }

        if (m.CmfDaily is { } cmf)
        {
            var rule = Rules.MoneyFlow(cmf);
            var flow = rule == Rules.Accumulation ? "accumulation: buyers have had the better of the daily closes"
                : rule == Rules.Distribution ? "distribution: closes keep landing near the lows"
                : "balanced flow";
            var value = p.Fig($"{path}.cmfDaily", Formats.Indicator(cmf, 2));
            if (Rules.FlowLags(cmf, x.DailyChangePct))
            {
                p.Say($"{x.Symbol}'s daily Chaikin Money Flow of {value} still points to {rule.Verdict}, but it is a 20-day measure and lags a strong {(x.DailyChangePct > 0 ? "rise" : "fall")} like today's.", rule, Rules.LaggingFlow);
            }
            else
            {
                p.Say($"{x.Symbol}'s daily Chaikin Money Flow of {value} points to {flow}.", rule);
            }
        }
    }

    private static void WriteSupport(FlowAnalysis a, Prose p, AssetFlow x, string path)
    {
        if (x.SupportLevels.Where(s => s.BrokenOnDay && s.ClosedBelow).MaxBy(s => s.Price) is { } broken)
        {
            var set = broken.NamedByDate ? "" : $" from {p.Date(Level(path, broken, "date"), broken.Date)}";
            p.Say($"It broke and closed below its {Name(p, path, broken)} of {p.ProsePrice(Level(path, broken, "price"), broken.Price)}{set}, turning that support into resistance.", Rules.SupportBroken);
        }
        else if (x.SupportLevels.Where(s => s.ClosedBelow).MinBy(s => s.Price) is { } earlier)
        {
            p.Say($"It is still below its {Name(p, path, earlier)} of {p.ProsePrice(Level(path, earlier, "price"), earlier.Price)}, which gave way before today.");
        }
        if (SupportLevels.NearestBelow(x.SupportLevels) is { } next)
        {
            // distancePct is the close's distance above the level, with the level as the base: the sentence names it so.
            p.Say($"The nearest support below is the {Name(p, path, next)} at {p.ProsePrice(Level(path, next, "price"), next.Price)}; the close is {p.Percent(Level(path, next, "distancePct"), next.DistancePct)} above it.");
        }
        else if (x.LowestOnRecord && a.RecordsLongEnough)
        {
            p.Say($"No lower level {HistoryWords.SinceRecordsBegin(p, "history.recordsBegin", a.History.RecordsBegin)} is left to act as support for {x.Symbol}.", Rules.LowestOnRecord);
        }
    }

    /// <summary>The level's name in a sentence: its label, the day of a dated one ("26 Jan low") given as a figure.</summary>
    internal static string Name(Prose p, string assetPath, SupportLevel level) =>
        level.NamedByDate ? p.Fig(Level(assetPath, level, "date"), SupportLevels.DayName(level.Label)) + SupportLevels.DatedSuffix : level.Label;

    /// <summary>The JSON path of one field of one support level, keyed by its label.</summary>
    internal static string Level(string assetPath, SupportLevel level, string field) => $"{assetPath}.supportLevels[{level.Label}].{field}";

    internal static string Direction(decimal pct) => pct >= 0 ? "up" : "down";
}
