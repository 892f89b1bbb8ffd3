using Reports.Domain.Analysis;
using Reports.Rendering.Formatting;
using ScottPlot;
using Palette = Reports.Rendering.Theme.Palette;

namespace Reports.Rendering.Charts;

/// <summary>
/// Where the money went, as a waterfall: each part's bar starts where the previous one ended (money leaving steps
/// down in red, arriving steps up in green), and the last bar is the total change from zero, so the steps visibly add
/// up to it.
/// </summary>
internal static class AttributionChart
{
    public const string AxisTitle = "Change of the total cap (USD)";

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
        plot.Axes.Left.Label.Text = AxisTitle;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartLabels.AxisUsd };

        var steps = Steps(window, topCoins);
        var bars = new List<Bar>();
        var ends = new List<double> { 0 };
        var level = 0m;
        for (var i = 0; i < steps.Count; i++)
        {
            var (_, usd) = steps[i];
            var total = i == steps.Count - 1;
            var from = total ? 0m : level;
            var to = from + usd;
            level = total ? level : to;
            ends.Add((double)to);
            bars.Add(new Bar
            {
                Position = i,
                ValueBase = (double)from,
                Value = (double)to,
                Size = 0.6,
                FillColor = ChartCanvas.ToColor(total ? Palette.MarketSeries : usd < 0 ? Palette.Fall : Palette.Rise),
                LineWidth = 0,
            });
        }
        plot.Add.Bars(bars);
        plot.Add.HorizontalLine(0, 1f, ChartCanvas.ToColor(Palette.Muted));

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < steps.Count; i++) ticks.AddMajor(i, steps[i].Name.Replace(" top", "\ntop", StringComparison.Ordinal));
        plot.Axes.Bottom.TickGenerator = ticks;
        // No level names here: the right-hand gutter stays empty rather than repeating the axis in raw numbers.
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Grid.XAxisStyle.IsVisible = false;

        ChartCanvas.SetLimits(plot, -0.6, steps.Count - 0.4, ends);
        _ = height; // bars have no names in the plot, so the height does not change the layout
        return plot;
    }
}
