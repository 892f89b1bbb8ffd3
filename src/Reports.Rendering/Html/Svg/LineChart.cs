using Reports.Domain.Analysis;

namespace Reports.Rendering.Html.Svg;

/// <summary>What one line chart shows: a daily series and horizontal levels drawn across it.</summary>
/// <param name="Title">Accessible name of the drawing (screen readers, tooltips).</param>
/// <param name="FormatLevel">Writes a level's value in the house style ("$3.013 trillion", "$74,420.00"). Values are
/// US dollars: the axis ticks are written short by <see cref="Formatting.ChartLabels.AxisUsd"/>.</param>
internal sealed record LineChart(
    string Title,
    IReadOnlyList<DatedValue> Series,
    IReadOnlyList<ReferenceLine> Levels,
    Func<decimal, string> FormatLevel);

/// <summary>A horizontal level such as a swing high or a support, labelled at the right edge.</summary>
internal sealed record ReferenceLine(string Label, decimal Value);
