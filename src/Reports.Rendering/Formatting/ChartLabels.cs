using System.Globalization;
using Reports.Domain.Narrative;

namespace Reports.Rendering.Formatting;

/// <summary>
/// The one style the house style does not cover: axis ticks, where a label must fit beside the plot ("$2.4T", "$850B",
/// "$66,000", "$0.0823"). Every other figure on or under a chart (levels, captions) is written by <see cref="Formats"/>.
/// </summary>
internal static class ChartLabels
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A dollar tick label, as short as the value allows; empty for a value that is not a number.</summary>
    public static string AxisUsd(double value)
    {
        if (!double.IsFinite(value))
        {
            return "";
        }

        var magnitude = Math.Abs(value);
        var text = magnitude switch
        {
            >= 1e12 => "$" + (magnitude / 1e12).ToString("0.###", Invariant) + "T",
            >= 1e9 => "$" + (magnitude / 1e9).ToString("0.##", Invariant) + "B",
            >= 1e6 => "$" + (magnitude / 1e6).ToString("0.##", Invariant) + "M",
            >= 100 => "$" + magnitude.ToString("#,##0", Invariant),
            >= 1 => "$" + magnitude.ToString("0.##", Invariant),
            0 => "$0",
            _ => "$" + magnitude.ToString("0.####", Invariant),
        };
        return value < 0 ? Formats.Minus + text : text;
    }
}
