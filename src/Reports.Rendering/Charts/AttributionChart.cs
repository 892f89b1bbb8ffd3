using Reports.Domain.Analysis;
using Reports.Rendering.Formatting;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>
/// Where the money went, as a waterfall of horizontal bars: each part's bar starts where the one above ended (money
/// leaving steps left in red, arriving steps right in green), and the last bar is the total change from zero, so the
/// steps visibly add up to it.
/// </summary>
internal static class AttributionChart
{
    public const string AxisTitle = "Change of the total crypto market cap (USD)";

    /// <summary>The bars in order: name on the axis and the part (the last is the total).</summary>
    public static IReadOnlyList<(string Name, decimal Usd)> Steps(AttributionWindow w, int topCoins) =>
    [
        ("BTC", w.BtcUsd),
        ("ETH", w.EthUsd),
        ("Stablecoins", w.StablecoinsUsd),
        ($"Rest of top {topCoins}", w.RestOfTopUsd),
        ($"Outside top {topCoins}", w.OutsideTopUsd),
        ("Total", w.TotalChangeUsd),
    ];

    public static Plot Build(AttributionWindow window, int topCoins, float height)
    {
        ArgumentNullException.ThrowIfNull(window);
        var plot = ChartCanvas.NewPlot();
        // Horizontal bars: the part names sit on the left axis, where they fit even at phone width.
        plot.Axes.Bottom.Label.Text = AxisTitle;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartLabels.AxisUsd };

        var steps = Steps(window, topCoins);
        var bars = new List<Bar>();
        var ends = new List<double> { 0 };
        var names = new ScottPlot.TickGenerators.NumericManual();
        var level = 0m;
        for (var i = 0; i < steps.Count; i++)
        {
            var (name, usd) = steps[i];
            var total = i == steps.Count - 1;
            var from = total ? 0m : level;
            var to = from + usd;
            level = total ? level : to;
            ends.Add((double)to);
            var position = steps.Count - 1 - i; // first part on top
            names.AddMajor(position, name);
            bars.Add(new Bar
            {
                Position = position,
                ValueBase = (double)from,
                Value = (double)to,
                Size = 0.6,
                Orientation = Orientation.Horizontal,
                FillColor = ChartCanvas.ToColor(total ? Palette.MarketSeries : usd < 0 ? Palette.Fall : Palette.Rise),
                LineWidth = 0,
            });
        }
        plot.Add.Bars(bars);
        var zero = plot.Add.VerticalLine(0, 1f, ChartCanvas.ToColor(Palette.Muted));
        zero.ExcludeFromLegend = true;

        plot.Axes.Left.TickGenerator = names;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartCanvas.ToColor(Palette.Ink);
        // No level names here: the right-hand gutter stays empty rather than repeating an axis.
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Grid.YAxisStyle.IsVisible = false;

        var (min, max) = (ends.Min(), ends.Max());
        var margin = Math.Max((max - min) * 0.06, 1);
        plot.Axes.SetLimits(min - margin, max + margin, -0.6, steps.Count - 0.4);
        _ = height; // no names inside the plot, so the height does not change the layout
        return plot;
    }
}
