using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Rendering.Formatting;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>Total crypto market cap over the chart window, with the swing high and the cycle peak marked.</summary>
internal static class MarketCapChart
{
    public const string AxisTitle = "Total crypto market cap (USD)";

    /// <param name="peakName">"Cycle peak", or "High on record" while the records are shorter than the cycle window.</param>
    public static IReadOnlyList<ChartLevel> Levels(DatedValue? swingHigh, DatedValue? cyclePeak, string peakName)
    {
        var levels = new List<ChartLevel>();
        if (swingHigh is { } high)
        {
            levels.Add(new ChartLevel((double)high.Value, $"Swing high {Formats.Money(high.Value)}", Palette.Marker, LinePattern.Dashed));
        }

        if (cyclePeak is { } peak)
        {
            levels.Add(new ChartLevel((double)peak.Value, $"{peakName} {Formats.Money(peak.Value)}", Palette.Fall, LinePattern.Dotted));
        }

        return levels;
    }

    public static Plot Build(IReadOnlyList<DatedValue> marketCap, IReadOnlyList<ChartLevel> levels, float height)
    {
        ArgumentNullException.ThrowIfNull(marketCap);
        var plot = ChartCanvas.NewPlot();
        ChartCanvas.UseDateAxis(plot);
        plot.Axes.Left.Label.Text = AxisTitle;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartLabels.AxisUsd };

        var xs = marketCap.Select(p => ChartCanvas.X(p.Date)).ToArray();
        var ys = marketCap.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, ChartCanvas.ToColor(Palette.MarketSeries));
        line.LineWidth = 1.4f;

        var range = ChartCanvas.SetLimits(plot, xs[0] - 0.5, xs[^1] + 0.5, ys.Concat(levels.Select(l => l.Value)));
        ChartCanvas.AddLevels(plot, levels, range, height);
        return plot;
    }
}
