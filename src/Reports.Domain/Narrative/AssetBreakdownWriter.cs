using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>"Asset-specific flow breakdown": one paragraph per asset on price, positioning, momentum and support.</summary>
internal static class AssetBreakdownWriter
{
    /// <summary>A low matched within this many days is ordinary chop, not "the weakest since" anything.</summary>
    private const int NotableLowDays = 30;

    public static ArticleSection Write(FlowAnalysis a)
    {
        var paragraphs = a.Assets.Select(asset => Paragraph(a, asset)).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(new Prose().Say("No crypto asset has daily candles in the data, so there is no asset breakdown.").Take());
        }
        return new ArticleSection(SectionTitles.AssetBreakdown, paragraphs);
    }

    private static Paragraph Paragraph(FlowAnalysis a, AssetFlow x)
    {
        var p = new Prose();
        var path = $"assets[{x.Symbol}]";
        if (x.Close is not { } close || x.Low is not { } low)
        {
            p.Say($"{x.Symbol} has no daily candle for {p.Date("date", a.Date)}, so its price figures are missing.");
            WriteMomentum(p, x, path);
            return p.Take();
        }

        var day = x.DailyChangePct is { } d
            ? Formats.RoundsToZero(d) ? ", little changed on the day" : $", {Direction(d)} {p.Percent($"{path}.dailyChangePct", d)} on the day"
            : "";
        var lowNote = x.LowestOnRecord
            ? ": the lowest in the stored data"
            : x.WeakestSinceDate is { } since && a.Date.DayNumber - since.DayNumber > NotableLowDays
                ? $": its weakest level since {p.Fig($"{path}.weakestSinceDate", Formats.MonthYear(since))}"
                : "";
        p.Say($"{x.Symbol} closed at {p.Price($"{path}.close", close)}{day}, after trading as low as {p.Price($"{path}.low", low)}{lowNote}.");

        var periods = new List<string>();
        if (x.WeekChangePct is { } w) periods.Add($"{Direction(w)} {p.Percent($"{path}.weekChangePct", w)} over the week");
        if (x.YtdChangePct is { } y) periods.Add($"{Direction(y)} {p.Percent($"{path}.ytdChangePct", y)} year to date");
        if (periods.Count > 0) p.Say($"It is {string.Join(" and ", periods)}.");

        if (x.OpenInterestUsd is { } oi)
        {
            var change = x.OpenInterestWeekChangePct is { } c
                ? c <= -CatalystFinder.OpenInterestMovePct ? $", {p.Percent($"{path}.openInterestWeekChangePct", c)} lower than a week ago: leverage is being unwound"
                : c >= CatalystFinder.OpenInterestMovePct ? $", {p.Percent($"{path}.openInterestWeekChangePct", c)} higher than a week ago: fresh leverage is building"
                : $", {(c >= 0 ? "up" : "down")} {p.Percent($"{path}.openInterestWeekChangePct", c)} on the week"
                : "";
            p.Say($"Open interest stands at {p.Money($"{path}.openInterestUsd", oi)}{change}.");
        }

        WriteMomentum(p, x, path);
        WriteSupport(p, x, path);
        return p.Take();
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
                    $"Only {p.Fig($"{path}.fourHourCandles", Formats.Count(m.FourHourCandles))} 4-hour candles are stored up to this day, too few for a 4h momentum reading on {x.Symbol}.",
                _ => $"The stored 4-hour candles for {x.Symbol} stop before this day, so there is no current 4h momentum reading.",
            });
        }
        else
        {
            var histogram = m.PreviousMacdHistogram4h is { } prev ? (m.MacdHistogram4h > prev ? ", histogram rising" : ", histogram falling") : "";
            p.Say($"On the 4-hour chart RSI(14) is {p.Fig($"{path}.rsi4h", Formats.Indicator(m.Rsi4h!.Value))} and MACD is {p.Fig($"{path}.macd4h", Formats.Indicator(m.Macd4h!.Value, 2))} "
                + $"against a signal of {p.Fig($"{path}.macdSignal4h", Formats.Indicator(m.MacdSignal4h!.Value, 2))}{histogram}: {ReadingWords.Describe(m.Reading)}.");
        }

        if (m.CmfDaily is { } cmf)
        {
            var flow = cmf >= ReadingWords.CmfThreshold ? "accumulation: buyers are in control of the daily closes"
                : cmf <= -ReadingWords.CmfThreshold ? "distribution: closes keep landing near the lows"
                : "balanced flow";
            p.Say($"Daily Chaikin Money Flow of {p.Fig($"{path}.cmfDaily", Formats.Indicator(cmf, 2))} points to {flow}.");
        }
    }

    private static void WriteSupport(Prose p, AssetFlow x, string path)
    {
        if (x.SupportLevels.Where(s => s.BrokenOnDay && s.ClosedBelow).MaxBy(s => s.Price) is { } broken)
        {
            p.Say($"It broke and closed below its {broken.Label} of {p.Price(Level(path, broken, "price"), broken.Price)} from {p.Date(Level(path, broken, "date"), broken.Date)}.");
        }
        else if (x.SupportLevels.Where(s => s.ClosedBelow).MinBy(s => s.Price) is { } earlier)
        {
            p.Say($"It is still below its {earlier.Label} of {p.Price(Level(path, earlier, "price"), earlier.Price)}, which gave way before today.");
        }
        if (SupportLevels.NearestBelow(x.SupportLevels) is { } next)
        {
            p.Say($"The nearest support below is the {next.Label} at {p.Price(Level(path, next, "price"), next.Price)}, {p.Percent(Level(path, next, "distancePct"), next.DistancePct)} under the close.");
        }
        else if (x.LowestOnRecord)
        {
            p.Say("There is no lower level in the stored data to act as support.");
        }
    }

    /// <summary>The JSON path of one field of one support level, keyed by its label.</summary>
    internal static string Level(string assetPath, SupportLevel level, string field) => $"{assetPath}.supportLevels[{level.Label}].{field}";

    internal static string Direction(decimal pct) => pct >= 0 ? "up" : "down";
}
