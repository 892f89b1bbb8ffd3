using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>"Methodology and sources": definitions in brief, every input with its date range, gaps and skipped rows.</summary>
internal static class MethodologyWriter
{
    private const int WarningsShown = 5;

    public static ArticleSection Write(FlowAnalysis a)
    {
        var s = a.Settings;
        var p = new Prose();
        var paragraphs = new List<Paragraph>();

        p.Say($"All figures use UTC calendar days; crypto trades every day, so a week is 7 calendar days and year to date is measured from the close of 31 December.");
        p.Say($"The swing high is the highest total market cap in the {s.SwingHighWindowDays} days before the report date and the cycle peak the highest in the {s.CyclePeakWindowDays} days before it; the drain is the swing high minus the day's cap.");
        p.Say("MACD(12,26,9) and RSI(14) are computed on 4-hour candles up to the end of the day and Chaikin Money Flow(20) on daily candles, to the definitions of the Stock.Indicators library.");
        var spans = SupportLevels.Windows(s).Select(w => w.To == 1 ? $"of the {w.From} days before the report date" : $"of the {w.To} to {w.From} days before it").ToList();
        p.Say($"Support levels are the lowest daily lows {Words.List(spans)} (the older ones named by the day they were set, such as \"26 Jan low\"), and the low of the day the current low reaches back to; correlations use daily returns over {s.CrossMarketWindowDays} days. docs/metrics.md defines every figure.");
        paragraphs.Add(p.Take());

        p.Say(a.Sources.Count > 0 ? "Inputs:" : "No input files were recorded.");
        paragraphs.Add(p.Take());
        foreach (var src in a.Sources)
        {
            var range = src.From is { } f && src.To is { } t ? $"{Formats.Date(f)} to {Formats.Date(t)}" : "no dated rows";
            // A report reads only the month of per-coin caps its attribution uses: say so, or the range reads as all the store holds.
            if (src.Name == Market.MarketData.CoinCapsSourceName && src.From >= FlowAttribution.FirstCapDay(a.Date, FlowAttribution.CapDaysRead(s)))
                range += ", the days the attribution reads";
            var provenance = src.Provenance is null ? "" : $"; {src.Provenance}";
            p.Say($"{src.Name}: {src.Origin}, {range} ({Words.Count(src.Rows, "row")}){provenance}{(src.Synthetic ? " [synthetic]" : "")}.");
        }
        if (!p.IsEmpty) paragraphs.Add(p.Take(asList: true));

        if (a.Sources.Any(x => x.Synthetic))
        {
            p.Say("Inputs marked synthetic were generated, not observed: figures that depend on them illustrate the method, not the market.");
        }
        if (a.Gaps.Count > 0)
        {
            p.Say($"Missing for this report: {string.Join(" ", a.Gaps)}");
        }
        if (a.Warnings.Count > 0)
        {
            var shown = string.Join("; ", a.Warnings.Take(WarningsShown));
            var more = a.Warnings.Count > WarningsShown ? $" and {a.Warnings.Count - WarningsShown} more" : "";
            p.Say($"The loader skipped or corrected {Words.Count(a.Warnings.Count, "input problem")}: {shown}{more}.");
        }
        if (!p.IsEmpty) paragraphs.Add(p.Take());

        return new ArticleSection(SectionTitles.Methodology, paragraphs);
    }
}
