using Reports.Domain.Analysis;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>The 4h momentum panel of an asset: RSI(14) with its 30/70 bands, and MACD with signal and histogram.</summary>
public static class MomentumCharts
{
    public static string RsiAxisTitle(string symbol) => $"{symbol} 4h RSI(14)";

    public static string MacdAxisTitle(string symbol) => $"{symbol} 4h MACD";

    /// <summary>True when there is at least one RSI or MACD reading to draw.</summary>
    public static bool HasData(AssetChart chart) =>
        chart.FourHour.Any(p => p.Rsi is not null || p.Macd is not null);

    public static Plot Rsi(AssetChart chart)
    {
        var plot = ChartCanvas.NewPlot();
        ChartCanvas.UseDateAxis(plot);
        plot.Axes.Left.Label.Text = RsiAxisTitle(chart.Symbol);

        var points = chart.FourHour.Where(p => p.Rsi is not null).ToArray();
        var line = plot.Add.ScatterLine(
            points.Select(p => ChartCanvas.X(p.Time)).ToArray(),
            points.Select(p => p.Rsi!.Value).ToArray(),
            ChartCanvas.ToColor(Palette.SeriesFor(chart.Symbol)));
        line.LineWidth = 1.2f;

        var labelX = points.Length > 0 ? ChartCanvas.X(points[^1].Time) : 0;
        ChartCanvas.AddMarker(plot, 70, labelX, "70 overbought", Palette.Fall, LinePattern.Dashed);
        ChartCanvas.AddMarker(plot, 30, labelX, "30 oversold", Palette.Rise, LinePattern.Dashed);
        plot.Axes.SetLimitsY(0, 100);
        AlignTime(plot, chart);
        return plot;
    }

    public static Plot Macd(AssetChart chart)
    {
        var plot = ChartCanvas.NewPlot();
        ChartCanvas.UseDateAxis(plot);
        plot.Axes.Left.Label.Text = MacdAxisTitle(chart.Symbol);

        // A bar is 4 hours wide; leave a sliver between bars.
        var barWidth = TimeSpan.FromHours(4).TotalDays * 0.8;
        var bars = chart.FourHour
            .Where(p => p.Histogram is not null)
            .Select(p => new Bar
            {
                Position = ChartCanvas.X(p.Time),
                Value = p.Histogram!.Value,
                Size = barWidth,
                FillColor = ChartCanvas.ToColor(p.Histogram >= 0 ? Palette.Rise : Palette.Fall).WithAlpha(0.55),
                LineWidth = 0,
            })
            .ToArray();
        if (bars.Length > 0)
        {
            plot.Add.Bars(bars);
        }

        AddLine(plot, chart.FourHour.Where(p => p.Macd is not null).Select(p => (p.Time, p.Macd!.Value)), Palette.SeriesFor(chart.Symbol), "MACD");
        AddLine(plot, chart.FourHour.Where(p => p.Signal is not null).Select(p => (p.Time, p.Signal!.Value)), Palette.Signal, "Signal");

        plot.Legend.FontSize = 6.5f;
        plot.Legend.FontName = Theme.Typography.Chart.FontName;
        plot.ShowLegend(Alignment.UpperLeft);
        AlignTime(plot, chart);
        return plot;
    }

    /// <summary>Both panels span the whole 4h window, so their time axes line up although MACD warms up later.</summary>
    private static void AlignTime(Plot plot, AssetChart chart)
    {
        if (chart.FourHour.Count > 1)
        {
            var pad = TimeSpan.FromHours(4).TotalDays;
            plot.Axes.SetLimitsX(ChartCanvas.X(chart.FourHour[0].Time) - pad, ChartCanvas.X(chart.FourHour[^1].Time) + pad);
        }
    }

    private static void AddLine(Plot plot, IEnumerable<(DateTimeOffset Time, double Value)> points, SkiaSharp.SKColor color, string label)
    {
        var list = points.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        var line = plot.Add.ScatterLine(list.Select(p => ChartCanvas.X(p.Time)).ToArray(), list.Select(p => p.Value).ToArray(), ChartCanvas.ToColor(color));
        line.LineWidth = 1.1f;
        line.LegendText = label;
    }
}
