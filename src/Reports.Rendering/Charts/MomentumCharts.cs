using Reports.Domain.Analysis;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>The 4h momentum panel of an asset: RSI(14) with its 30/70 bands, and MACD with signal and histogram.
/// Band names and the legend sit outside the data area.</summary>
internal static class MomentumCharts
{
    public static string RsiAxisTitle(string symbol) => $"{symbol} 4h RSI(14)";

    public static string MacdAxisTitle(string symbol) => $"{symbol} 4h MACD";

    /// <summary>How many 4h readings the panel would draw (the RSI or MACD line, whichever is longer).</summary>
    public static int Readings(AssetChart chart) =>
        Math.Max(chart.FourHour.Count(p => p.Rsi is not null), chart.FourHour.Count(p => p.Macd is not null));

    public static Plot Rsi(AssetChart chart, float height)
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

        var (xMin, xMax) = TimeRange(chart);
        plot.Axes.SetLimits(xMin, xMax, 0, 100);
        plot.Axes.Right.Min = 0;
        plot.Axes.Right.Max = 100;
        ChartCanvas.AddLevels(plot,
            [new ChartLevel(70, "70 overbought", Palette.Fall, LinePattern.Dashed), new ChartLevel(30, "30 oversold", Palette.Rise, LinePattern.Dashed)],
            (0, 100), height);
        AlignPanels(plot);
        return plot;
    }

    public static Plot Macd(AssetChart chart, float height)
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

        var macd = AddLine(plot, chart.FourHour.Where(p => p.Macd is not null).Select(p => (p.Time, p.Macd!.Value)), Palette.SeriesFor(chart.Symbol));
        var signal = AddLine(plot, chart.FourHour.Where(p => p.Signal is not null).Select(p => (p.Time, p.Signal!.Value)), Palette.Signal);

        var (xMin, xMax) = TimeRange(chart);
        var ys = macd.Concat(signal).Concat(bars.Select(b => b.Value)).Append(0d);
        var range = ChartCanvas.SetLimits(plot, xMin, xMax, ys);

        // The lines are named in the gutter at their last value, like levels, so no legend box covers a reading.
        var names = new List<ChartLevel>();
        if (macd.LastOrDefault() is var lastMacd && macd.Any())
        {
            names.Add(new ChartLevel(lastMacd, "MACD", Palette.SeriesFor(chart.Symbol), LinePattern.Solid));
        }

        if (signal.Any())
        {
            names.Add(new ChartLevel(signal.Last(), "Signal", Palette.Signal, LinePattern.Solid));
        }

        ChartCanvas.NameInGutter(plot, names, range, height);
        plot.HideLegend();
        AlignPanels(plot);
        return plot;
    }

    /// <summary>The two panels get the same axis widths, so their time axes line up one above the other.</summary>
    private static void AlignPanels(Plot plot)
    {
        plot.Axes.Left.MinimumSize = 52;
        plot.Axes.Left.MaximumSize = 52;
        plot.Axes.Right.MinimumSize = 72;
        plot.Axes.Right.MaximumSize = 72;
    }

    /// <summary>Both panels span the whole 4h window, so their time axes line up although MACD warms up later.</summary>
    private static (double Min, double Max) TimeRange(AssetChart chart)
    {
        var pad = TimeSpan.FromHours(4).TotalDays;
        return (ChartCanvas.X(chart.FourHour[0].Time) - pad, ChartCanvas.X(chart.FourHour[^1].Time) + pad);
    }

    private static double[] AddLine(Plot plot, IEnumerable<(DateTimeOffset Time, double Value)> points, SkiaSharp.SKColor color)
    {
        var list = points.ToArray();
        if (list.Length == 0)
        {
            return [];
        }

        var line = plot.Add.ScatterLine(list.Select(p => ChartCanvas.X(p.Time)).ToArray(), list.Select(p => p.Value).ToArray(), ChartCanvas.ToColor(color));
        line.LineWidth = 1.1f;
        return [.. list.Select(p => p.Value)];
    }
}
