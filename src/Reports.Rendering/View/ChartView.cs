using ScottPlot;

namespace Reports.Rendering.View;

/// <summary>What a chart shows, whatever draws it.</summary>
internal enum ChartKind
{
    MarketCap,
    Attribution,
    Price,
    Rsi,
    Macd,
}

/// <summary>
/// A chart specification: title, caption, a text alternative, and panels that build a fresh ScottPlot plot for a
/// given height in points. Built once; the PDF draws it on the page canvas, the HTML embeds its SVG.
/// </summary>
internal sealed record ChartView(string Title, string Caption, string Description, IReadOnlyList<ChartPanel> Panels);

/// <summary>One plot of a figure. <see cref="Build"/> takes the panel height in points (label collisions depend on it).</summary>
internal sealed record ChartPanel(ChartKind Kind, float Height, Func<float, Plot> Build);
