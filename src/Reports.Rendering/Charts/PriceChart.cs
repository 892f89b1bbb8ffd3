using Reports.Domain.Analysis;
using Reports.Rendering.Formatting;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>An asset's daily closes with its support levels drawn across.</summary>
public static class PriceChart
{
    public static string AxisTitle(string symbol) => $"{symbol} daily close (USD)";

    public static Plot Build(AssetChart chart, IReadOnlyList<SupportLevel> supports)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(supports);
        var plot = ChartCanvas.NewPlot();
        ChartCanvas.UseDateAxis(plot);
        plot.Axes.Left.Label.Text = AxisTitle(chart.Symbol);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = MoneyFormat.AxisUsd };

        var xs = chart.DailyClose.Select(p => ChartCanvas.X(p.Date)).ToArray();
        var ys = chart.DailyClose.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, ChartCanvas.ToColor(Palette.SeriesFor(chart.Symbol)));
        line.LineWidth = 1.4f;

        var labelX = xs.Length > 0 ? xs[^1] : supports.Count > 0 ? ChartCanvas.X(supports[0].Date) : 0;
        foreach (var support in supports)
        {
            var label = $"{support.Label}: {MoneyFormat.Price(support.Price)}{(support.ClosedBelow ? " (closed below)" : support.BrokenOnDay ? " (broken)" : "")}";
            ChartCanvas.AddMarker(plot, (double)support.Price, labelX, label, Palette.Support, LinePattern.Dashed);
        }

        return plot;
    }
}
