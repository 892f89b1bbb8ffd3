using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Rendering.Charts;
using Reports.Rendering.Html;

namespace Reports.Rendering.View;

/// <summary>
/// The report as every edition shows it, built once from the analysis and the article: notices, the key figures,
/// the body (the article's sections in order with the charts placed among them) and the appendix (figure tables,
/// then the article's closing methodology section). The PDF, the HTML and the email render this, so they cannot drift.
/// </summary>
internal sealed record ReportView(
    DateOnly Date,
    string Headline,
    string Standfirst,
    IReadOnlyList<string> Notices,
    TableView? KeyFigures,
    IReadOnlyList<ViewPart> Body,
    IReadOnlyList<ViewPart> Appendix)
{
    public const string Brand = "Flow Reports";
    public const string SyntheticNotice = "This report includes synthetic data; those inputs are marked synthetic under Sources.";
    public const string KeyFiguresTitle = "Key figures";
    public const string AppendixTitle = "Data appendix";
    public const string AssetTableTitle = "Figures per asset";
    public const string CrossMarketTitle = "Cross-market moves";
    public const string EventsTitle = "Events";
    public const string SourcesTitle = "Sources";
    public const string GapsTitle = "Data gaps";
    public const string WarningsTitle = "Data warnings";
    public const string SyntheticFlag = "SYNTHETIC";
    public const string MarketCapTitle = "Total crypto market cap";
    public const string AttributionTitle = "Where the money went, by part";

    /// <summary>Panel heights in points at the PDF's text width; the HTML draws the same panels.</summary>
    public const float MarketCapHeight = 200, AttributionHeight = 150, PriceHeight = 170, RsiHeight = 105, MacdHeight = 115;

    /// <summary>Every part in reading order.</summary>
    public IEnumerable<ViewPart> Parts => Body.Concat(Appendix);

    public IEnumerable<TableView> Tables =>
        (KeyFigures is null ? [] : new[] { KeyFigures })
            .Concat(Parts.Select(p => p switch { TablePart t => t.Table, FigurePart f => f.Table, _ => null }).OfType<TableView>());

    public IEnumerable<ChartView> Charts => Parts.OfType<FigurePart>().Select(f => f.Chart);

    public static string NotEnoughCandles(string symbol, int candles) =>
        $"{symbol}: not enough 4h readings for the momentum panel ({candles} available, {ChartCanvas.MinimumPoints} needed).";

    public static string TooFewDays(string what, int days) => days == 0
        ? $"{what}: no data for this period, so there is no chart."
        : $"{what}: {days} {(days == 1 ? "day" : "days")} of data, too few to chart ({ChartCanvas.MinimumPoints} needed).";

    public static ReportView Build(FlowReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (analysis, article) = (report.Analysis, report.Article);
        var notices = article.Sources.Any(s => s.Synthetic) || analysis.Sources.Any(s => s.Synthetic) ? new[] { SyntheticNotice } : [];
        return new ReportView(article.Date, article.Headline, article.Standfirst, notices, KeyFigureTable(article.KeyFigures),
            BodyParts(analysis, article), AppendixParts(analysis, article));
    }

    internal static TableView? KeyFigureTable(IReadOnlyList<KeyFigure> figures) => figures.Count == 0 ? null : new TableView(
        "key-figures", "The day's figures at a glance.",
        [new ColumnView("Figure", 2.2f, Numeric: false), new ColumnView("Value", 1.4f), new ColumnView("Note", 3f, Numeric: false)],
        [.. figures.Select(f => (IReadOnlyList<CellView>)[f.Label, f.Value, f.Note ?? ""])]);

    /// <summary>
    /// The article's sections but the last (its methodology appendix), with the market-cap chart leading
    /// <see cref="SectionTitles.FlowSummary"/> and each asset's figures after <see cref="SectionTitles.AssetBreakdown"/>
    /// (see <see cref="ChartPlacement"/>).
    /// </summary>
    private static List<ViewPart> BodyParts(FlowAnalysis analysis, Article article)
    {
        var body = article.Sections.Count > 0 ? article.Sections.Take(article.Sections.Count - 1).ToArray() : [];
        var placement = ChartPlacement.For(body);
        var parts = new List<ViewPart>();
        if (placement.MarketChartBefore < 0)
        {
            parts.Add(MarketCap(analysis));
            parts.AddRange(AssetParts(analysis));
        }

        for (var i = 0; i < body.Length; i++)
        {
            if (i == placement.MarketChartBefore)
            {
                parts.Add(MarketCap(analysis));
            }

            parts.Add(new SectionPart(body[i]));
            if (body[i].Title == SectionTitles.WhereTheMoneyWent && Attribution(analysis) is { } attribution)
            {
                parts.Add(attribution);
            }

            if (i == placement.AssetChartsAfter)
            {
                parts.AddRange(AssetParts(analysis));
            }
        }

        return parts;
    }

    private static ViewPart MarketCap(FlowAnalysis analysis)
    {
        var series = analysis.Charts.MarketCap;
        if (series.Count < ChartCanvas.MinimumPoints)
        {
            return new NotePart(MarketCapTitle, TooFewDays("Total market cap", series.Count));
        }

        var market = analysis.Market;
        // The same name as the key figures and the prose: a year of records is needed to call the top a cycle peak.
        var peakName = HighNames.Peak(analysis);
        var levels = MarketCapChart.Levels(market.SwingHigh, market.CyclePeak, char.ToUpperInvariant(peakName[0]) + peakName[1..]);
        var marks = new List<string>();
        // One high that is both is named once, as the key figures and the prose name it.
        if (market.SwingHigh is { } high)
        {
            marks.Add($"dashed: swing high{(market.SwingHighIsPeak ? $", also the {peakName}" : "")} ({Formats.Money(high.Value)}, {Formats.MediumDate(high.Date)})");
        }

        if (market.CyclePeak is { } peak && !market.SwingHighIsPeak)
        {
            marks.Add($"dotted: {peakName} ({Formats.Money(peak.Value)}, {Formats.MediumDate(peak.Date)})");
        }

        var caption = $"Daily total market capitalisation, {Formats.DateRange(series[0].Date, series[^1].Date)}. " +
                      (marks.Count > 0 ? char.ToUpperInvariant(marks[0][0]) + string.Join("; ", marks)[1..] + "." : $"No swing high or {peakName} to mark.");
        var description = $"Line chart of the total crypto market cap. {Describe(series, v => Formats.Money(v))}";
        return new FigurePart(new ChartView(MarketCapTitle, caption, description,
            [new ChartPanel(ChartKind.MarketCap, MarketCapHeight, h => MarketCapChart.Build(series, levels, h))]));
    }

    /// <summary>The waterfall of the window the attribution paragraph leads with; null when none was measured.</summary>
    private static ViewPart? Attribution(FlowAnalysis analysis)
    {
        if (analysis.Attribution is not { Lead: { } window } attribution)
        {
            return null;
        }

        var n = attribution.TopCoins;
        var span = window.Period switch
        {
            AttributionPeriod.Drain => $"since the {HighNames.SwingHigh(analysis)} on {Formats.MediumDate(window.From)}",
            AttributionPeriod.Week => $"over the week from {Formats.MediumDate(window.From)}",
            _ => $"on {Formats.MediumDate(window.To)}",
        };
        var steps = AttributionChart.Steps(window, n);
        var caption = $"Change of the total crypto market cap {span}, {Formats.Money(window.TotalChangeUsd)}, by part: each bar starts where the one above ends "
                      + "(red: money leaving, green: arriving); the last bar is the total.";
        var description = $"Waterfall chart of the change of the total crypto market cap {span}. "
                          + string.Join("; ", steps.Select(s => $"{s.Name} {Formats.Money(s.Usd)}")) + ".";
        return new FigurePart(new ChartView(AttributionTitle, caption, description,
            [new ChartPanel(ChartKind.Attribution, AttributionHeight, h => AttributionChart.Build(window, n, h))]));
    }

    /// <summary>Per charted asset: the daily closes, the price ladder, the 4h momentum panel.</summary>
    private static IEnumerable<ViewPart> AssetParts(FlowAnalysis analysis)
    {
        foreach (var chart in analysis.Charts.Assets)
        {
            var flow = analysis.Assets.FirstOrDefault(a => string.Equals(a.Symbol, chart.Symbol, StringComparison.OrdinalIgnoreCase));
            var supports = flow?.SupportLevels ?? [];
            var ladder = flow is { Close: { } close } && supports.Count > 0 ? Ladder(flow.Symbol, close, analysis.Date, supports) : null;
            var price = Price(chart, supports);
            if (price is FigurePart figure)
            {
                yield return figure with { Table = ladder };
            }
            else
            {
                yield return price;
                if (ladder is not null)
                {
                    yield return new TablePart(ladder);
                }
            }

            yield return Momentum(chart, flow?.Momentum.FourHourCandles ?? chart.FourHour.Count);
        }
    }

    private static ViewPart Price(AssetChart chart, IReadOnlyList<SupportLevel> supports)
    {
        var title = $"{chart.Symbol} daily close";
        var closes = chart.DailyClose;
        if (closes.Count < ChartCanvas.MinimumPoints)
        {
            return new NotePart(title, TooFewDays($"{chart.Symbol} daily closes", closes.Count));
        }

        var levels = PriceChart.Levels(supports);
        var caption = $"{chart.Symbol} daily closes, {Formats.DateRange(closes[0].Date, closes[^1].Date)}." +
                      (supports.Count > 0 ? " Dashed lines: support levels, named on the right; the ladder below lists each with its distance." : " No support levels identified.");
        var description = $"Line chart of {chart.Symbol} daily closes. {Describe(closes, v => Formats.Price(v))}" +
                          string.Concat(supports.Select(s => $" {s.Label} at {Formats.Price(s.Price)}."));
        return new FigurePart(new ChartView(title, caption, description,
            [new ChartPanel(ChartKind.Price, PriceHeight, h => PriceChart.Build(chart, levels, h))]));
    }

    private static ViewPart Momentum(AssetChart chart, int candles)
    {
        var title = $"{chart.Symbol} 4h momentum";
        var readings = MomentumCharts.Readings(chart);
        if (chart.FourHour.Count == 0 && candles > 0)
        {
            return new NotePart(title, $"{chart.Symbol}: the stored 4h candles end more than {ChartSeries.StaleAfterDays} days before this day, so there is no momentum panel.");
        }
        if (readings < ChartCanvas.MinimumPoints)
        {
            return new NotePart(title, NotEnoughCandles(chart.Symbol, Math.Min(candles, readings)));
        }

        var caption = $"{chart.Symbol} 4-hour RSI(14) with the 30/70 bands; MACD line, signal and histogram.";
        var last = chart.FourHour.LastOrDefault(p => p.Rsi is not null);
        var lastMacd = chart.FourHour.LastOrDefault(p => p.Histogram is not null);
        var description = $"Two panels of {chart.Symbol} 4-hour momentum over {Formats.DateRange(DateOnly.FromDateTime(chart.FourHour[0].Time.UtcDateTime), DateOnly.FromDateTime(chart.FourHour[^1].Time.UtcDateTime))}." +
                          (last is null ? "" : $" Last RSI {Formats.Indicator(last.Rsi)}.") +
                          (lastMacd is null ? "" : $" Last MACD histogram {Formats.Indicator(lastMacd.Histogram, 2)}.");
        return new FigurePart(new ChartView(title, caption, description,
        [
            new ChartPanel(ChartKind.Rsi, RsiHeight, h => MomentumCharts.Rsi(chart, h)),
            new ChartPanel(ChartKind.Macd, MacdHeight, h => MomentumCharts.Macd(chart, h)),
        ]));
    }

    /// <summary>The close and every support level, highest price first, with the close's distance to each.</summary>
    private static TableView Ladder(string symbol, decimal close, DateOnly day, IReadOnlyList<SupportLevel> supports)
    {
        var rows = supports
            .Select(s => (Price: s.Price, Cells: (IReadOnlyList<CellView>)[s.Label, Formats.Price(s.Price), Formats.MediumDate(s.Date), Formats.SignedPercent(s.DistancePct), Status(s)]))
            .Append((Price: close, Cells: [new CellView("Close", Flag: null, Detail: null), Formats.Price(close), Formats.MediumDate(day), "", "report day"]))
            .OrderByDescending(r => r.Price)
            .Select(r => r.Cells)
            .ToArray();
        return new TableView("ladder", $"{symbol} price ladder: the close and each support level, highest first; distance is the close relative to the level.",
            [new ColumnView("Level", 1.8f, Numeric: false), new ColumnView("Price", 1.2f), new ColumnView("Set on", 1.1f), new ColumnView("Close vs level", 1.1f), new ColumnView("On the day", 1.4f, Numeric: false)],
            rows);
    }

    private static string Status(SupportLevel level) => level switch
    {
        { ClosedBelow: true } => "closed below",
        { BrokenOnDay: true } => "traded through",
        _ => "held",
    };

    /// <summary>The day the asset's low reaches back to; "lowest on record" only once records are long enough to say so.</summary>
    private static string WeakestSince(FlowAnalysis analysis, AssetFlow asset) =>
        !asset.LowestOnRecord ? Formats.MediumDate(asset.WeakestSinceDate)
        : analysis.RecordsLongEnough ? "lowest on record"
        : Formats.Missing;

    private static List<ViewPart> AppendixParts(FlowAnalysis analysis, Article article)
    {
        var parts = new List<ViewPart> { new AppendixStartPart(), new HeadingPart(AppendixTitle), new HeadingPart(AssetTableTitle, Sub: true) };
        var assets = analysis.Assets;
        if (assets.Count == 0)
        {
            parts.Add(new NotePart("", "No asset figures for this day."));
        }
        else
        {
            parts.Add(new TablePart(new TableView("asset-prices", "Prices in USD; changes to the close of the report day.",
                [
                    new ColumnView("Asset", 1f, Numeric: false), new ColumnView("Close", 1.2f), new ColumnView("Day", 0.9f), new ColumnView("Low", 1.2f),
                    new ColumnView("Week", 0.9f), new ColumnView("YTD", 0.9f), new ColumnView("Weakest since", 1.3f),
                ],
                [.. assets.Select(a => (IReadOnlyList<CellView>)[a.Symbol, Formats.Price(a.Close), Formats.SignedPercent(a.DailyChangePct), Formats.Price(a.Low),
                    Formats.SignedPercent(a.WeekChangePct), Formats.SignedPercent(a.YtdChangePct), WeakestSince(analysis, a)])])));
            parts.Add(new TablePart(new TableView("asset-positioning", "Volume, derivatives and indicators (RSI and MACD on 4-hour candles, CMF on daily).",
                [
                    new ColumnView("Asset", 1f, Numeric: false), new ColumnView("Volume", 1.3f), new ColumnView("Open interest", 1.3f), new ColumnView("OI week", 0.9f),
                    new ColumnView("Long liq.", 1.2f), new ColumnView("Short liq.", 1.2f), new ColumnView("RSI 4h", 0.7f), new ColumnView("MACD 4h", 0.9f), new ColumnView("CMF daily", 0.8f),
                ],
                [.. assets.Select(a => (IReadOnlyList<CellView>)[a.Symbol, Formats.Money(a.VolumeUsd), Formats.Money(a.OpenInterestUsd), Formats.SignedPercent(a.OpenInterestWeekChangePct),
                    Formats.Money(a.LongLiquidationsUsd), Formats.Money(a.ShortLiquidationsUsd), Formats.Indicator(a.Momentum.Rsi4h), Formats.Indicator(a.Momentum.Macd4h, 2), Formats.Indicator(a.Momentum.CmfDaily, 2)])])));
        }

        parts.Add(new HeadingPart(CrossMarketTitle, Sub: true));
        var markets = analysis.CrossMarkets;
        if (markets.Count == 0)
        {
            parts.Add(new NotePart("", "No cross-market data for this day."));
        }
        else
        {
            var window = analysis.Settings.CrossMarketWindowDays;
            parts.Add(new TablePart(new TableView("cross-markets", $"Last trading day on or before the report day; high and correlation of daily returns over {window} days.",
                [
                    // Weighted so "23,152.08 (25 Feb 2026)" and "−0.12 (19 days)" fit on one line.
                    new ColumnView("Market", 1.1f, Numeric: false), new ColumnView("Last day", 1.1f), new ColumnView("Close", 1.0f), new ColumnView("Day", 0.7f), new ColumnView("Week", 0.7f),
                    new ColumnView("Window high", 2.0f), new ColumnView("From high", 0.8f), new ColumnView("Correlation with BTC", 1.5f),
                ],
                [.. markets.Select(m => (IReadOnlyList<CellView>)[m.Name, Formats.MediumDate(m.LastDate), Formats.Level(m.Close), Formats.SignedPercent(m.DailyChangePct), Formats.SignedPercent(m.WeekChangePct),
                    m.WindowHigh is { } high ? $"{Formats.Level(high.Value)} ({Formats.MediumDate(high.Date)})" : Formats.Missing, Formats.SignedPercent(m.DropFromHighPct),
                    $"{Formats.Indicator(m.CorrelationWithBtc, 2)} ({Formats.Count(m.CorrelationSamples)} days)"])])));
        }

        if (analysis.Events.Count > 0)
        {
            parts.Add(new HeadingPart(EventsTitle, Sub: true));
            parts.Add(new TablePart(new TableView("events", "Dated context the analysis cites, with its source where there is one.",
                [new ColumnView("Date", 1f, Numeric: false), new ColumnView("Kind", 1f, Numeric: false), new ColumnView("Event", 5f, Numeric: false)],
                [.. analysis.Events.Select(e => (IReadOnlyList<CellView>)[Formats.MediumDate(e.Date), e.Kind.ToString(),
                    new CellView(e.Text, Link: SafeLink.IsWebAddress(e.SourceUrl) ? e.SourceUrl : null)])])));
        }

        // The article's closing section states the method and normally lists every input, gap and warning; the
        // sources table and the lists below are printed only for what it does not already name, so nothing is printed
        // twice and nothing is lost.
        var closing = article.Sections.Count > 0 ? article.Sections[^1] : null;
        if (closing is not null)
        {
            parts.Add(new SectionPart(closing));
        }

        var named = closing is null ? "" : string.Join(" ", closing.Paragraphs.Select(p => p.Text));
        bool Named(string item) => named.Contains(item, StringComparison.Ordinal);
        var sources = analysis.Sources.Count > 0 ? analysis.Sources : article.Sources;
        parts.AddRange(SourceParts(
            closing is not null && sources.All(s => Named(s.Name)) ? [] : sources,
            closing is null,
            [.. analysis.Gaps.Where(g => !Named(g))],
            [.. analysis.Warnings.Select(w => w.ToString()).Where(w => !Named(w))]));
        return parts;
    }

    private static IEnumerable<ViewPart> SourceParts(IReadOnlyList<Domain.Market.SourceInfo> sources, bool noClosingSection, IReadOnlyList<string> gaps, IReadOnlyList<string> warnings)
    {
        if (sources.Count > 0)
        {
            yield return new HeadingPart(SourcesTitle, Sub: !noClosingSection);
            yield return new TablePart(new TableView("sources", "Every input of this report, with its origin and the rows used.",
                [new ColumnView("Input", 2f, Numeric: false), new ColumnView("Origin", 2.6f, Numeric: false), new ColumnView("Range", 1.7f, Numeric: false), new ColumnView("Rows", 0.6f)],
                [.. sources.Select(s => (IReadOnlyList<CellView>)[new CellView(s.Name, s.Synthetic ? SyntheticFlag : null), new CellView(s.Origin, Detail: s.Provenance, Link: SafeLink.IsWebAddress(s.Origin) ? s.Origin : null),
                    Formats.DateRange(s.From, s.To), Formats.Count(s.Rows)])]));
        }
        else if (noClosingSection)
        {
            yield return new HeadingPart(SourcesTitle);
            yield return new NotePart("", "No sources were recorded for this report.");
        }

        if (gaps.Count > 0)
        {
            yield return new ListPart(GapsTitle, gaps);
        }

        if (warnings.Count > 0)
        {
            yield return new ListPart(WarningsTitle, warnings);
        }
    }

    /// <summary>A text alternative for a dated line: its span, first and last values, high and low.</summary>
    private static string Describe(IReadOnlyList<DatedValue> series, Func<decimal, string> format)
    {
        var high = series.MaxBy(p => p.Value)!;
        var low = series.MinBy(p => p.Value)!;
        return $"From {Formats.MediumDate(series[0].Date)} ({format(series[0].Value)}) to {Formats.MediumDate(series[^1].Date)} ({format(series[^1].Value)}); " +
               $"high {format(high.Value)} on {Formats.MediumDate(high.Date)}, low {format(low.Value)} on {Formats.MediumDate(low.Date)}.";
    }
}
