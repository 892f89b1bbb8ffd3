using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Rendering.Formatting;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>An asset's daily closes with its support levels drawn across and named in the gutter.</summary>
internal static class PriceChart
{
    public static string AxisTitle(string symbol) => $"{symbol} daily close (USD)";

    public static IReadOnlyList<ChartLevel> Levels(IReadOnlyList<SupportLevel> supports) =>
        supports.Select(s => new ChartLevel((double)s.Price, $"{s.Label} {Formats.Price(s.Price)}", Palette.Support, LinePattern.Dashed)).ToArray();

    public static Plot Build(AssetChart chart, IReadOnlyList<ChartLevel> levels, float height)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = ChartCanvas.NewPlot();
        ChartCanvas.UseDateAxis(plot);
        plot.Axes.Left.Label.Text = AxisTitle(chart.Symbol);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartLabels.AxisUsd };

        var xs = chart.DailyClose.Select(p => ChartCanvas.X(p.Date)).ToArray();
        var ys = chart.DailyClose.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, ChartCanvas.ToColor(Palette.SeriesFor(chart.Symbol)));
        line.LineWidth = 1.4f;

        // Levels far outside the window would squash the line; the ladder table lists every one of them.
        var (low, high) = (ys.Min(), ys.Max());
        var near = levels.Where(l => l.Value >= low - (high - low) * 0.5 && l.Value <= high + (high - low) * 0.5).ToArray();
        var range = ChartCanvas.SetLimits(plot, xs[0] - 0.5, xs[^1] + 0.5, ys.Concat(near.Select(l => l.Value)));
        ChartCanvas.AddLevels(plot, near, range, height);
        return plot;
    }
}
