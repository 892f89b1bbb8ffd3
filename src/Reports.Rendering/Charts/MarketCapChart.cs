using Reports.Domain.Analysis;
using Reports.Rendering.Formatting;
using Reports.Rendering.Theme;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>Total crypto market cap over the chart window, with the swing high and the cycle peak marked.</summary>
public static class MarketCapChart
{
    public const string AxisTitle = "Total crypto market cap (USD)";

    public static Plot Build(IReadOnlyList<DatedValue> marketCap, DatedValue? swingHigh, DatedValue? cyclePeak)
    {
        ArgumentNullException.ThrowIfNull(marketCap);
        var plot = ChartCanvas.NewPlot();
        ChartCanvas.UseDateAxis(plot);
        plot.Axes.Left.Label.Text = AxisTitle;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = MoneyFormat.AxisUsd };

        var xs = marketCap.Select(p => ChartCanvas.X(p.Date)).ToArray();
        var ys = marketCap.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.ScatterLine(xs, ys, ChartCanvas.ToColor(Palette.MarketSeries));
        line.LineWidth = 1.4f;

        var labelX = xs.Length > 0 ? xs[^1] : swingHigh is { } s ? ChartCanvas.X(s.Date) : 0;
        if (swingHigh is { } high)
        {
            ChartCanvas.AddMarker(plot, (double)high.Value, labelX, $"Swing high {ChartLabels.Day(high.Date)}: {MoneyFormat.Usd(high.Value)}", Palette.Marker, LinePattern.Dashed);
        }

        if (cyclePeak is { } peak)
        {
            ChartCanvas.AddMarker(plot, (double)peak.Value, labelX, $"Cycle peak {ChartLabels.Day(peak.Date)}: {MoneyFormat.Usd(peak.Value)}", Palette.Fall, LinePattern.Dotted);
        }

        return plot;
    }
}
