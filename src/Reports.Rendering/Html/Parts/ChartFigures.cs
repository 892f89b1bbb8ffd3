using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Rendering.Html.Svg;

namespace Reports.Rendering.Html.Parts;

/// <summary>The drawings: total market cap against its swing high and cycle peak; each asset's closes against its supports.</summary>
internal static class ChartFigures
{
    public static void WriteMarketCap(HtmlWriter html, FlowReport report)
    {
        var market = report.Analysis.Market;
        var levels = new List<ReferenceLine>();
        if (market.SwingHigh is { } swing)
        {
            levels.Add(new ReferenceLine($"Swing high {HtmlFormat.Date(swing.Date)}", swing.Value));
        }

        if (market.CyclePeak is { } peak)
        {
            levels.Add(new ReferenceLine($"Cycle peak {HtmlFormat.Date(peak.Date)}", peak.Value));
        }

        var chart = new LineChart("Total crypto market capitalisation, daily", report.Analysis.Charts.MarketCap, levels, v => HtmlFormat.Usd(v));
        if (!LineChartSvg.CanDraw(chart))
        {
            return;
        }

        html.Open("figure", ("class", "chart"));
        LineChartSvg.Write(html, chart);
        html.Element("figcaption", $"Total crypto market capitalisation, {Span(chart.Series)}. Dashed: the recent swing high and the cycle peak.");
        html.Close("figure");
    }

    public static void WriteAssets(HtmlWriter html, FlowReport report)
    {
        var charts = report.Analysis.Charts.Assets
            .Select(a => AssetChart(a, report.Analysis.Assets.FirstOrDefault(f => f.Symbol == a.Symbol)))
            .Where(LineChartSvg.CanDraw)
            .ToList();
        if (charts.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "charts"));
        html.Element("h2", "Price charts");
        foreach (var chart in charts)
        {
            html.Open("figure", ("class", "chart"));
            LineChartSvg.Write(html, chart);
            html.Element("figcaption", $"{chart.Title}, {Span(chart.Series)}. Dashed: support levels.");
            html.Close("figure");
        }

        html.Close("section");
    }

    private static LineChart AssetChart(AssetChart chart, AssetFlow? flow) => new(
        $"{chart.Symbol} daily close",
        chart.DailyClose,
        [.. (flow?.SupportLevels ?? []).Select(s => new ReferenceLine(s.Label, s.Price))],
        HtmlFormat.ShortPrice);

    private static string Span(IReadOnlyList<DatedValue> series) =>
        $"{HtmlFormat.Date(series[0].Date)} to {HtmlFormat.Date(series[^1].Date)}";
}
