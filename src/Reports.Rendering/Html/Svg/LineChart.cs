using Reports.Domain.Analysis;

namespace Reports.Rendering.Html.Svg;

/// <summary>What one line chart shows: a daily series and horizontal levels drawn across it.</summary>
/// <param name="Title">Accessible name of the drawing (screen readers, tooltips).</param>
/// <param name="FormatValue">Writes axis and level labels, e.g. as $2.41T or $71,204.80.</param>
internal sealed record LineChart(
    string Title,
    IReadOnlyList<DatedValue> Series,
    IReadOnlyList<ReferenceLine> Levels,
    Func<decimal, string> FormatValue);

/// <summary>A horizontal level such as a swing high or a support, labelled at the right edge.</summary>
internal sealed record ReferenceLine(string Label, decimal Value);
