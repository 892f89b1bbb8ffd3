using System.Globalization;

namespace Reports.Rendering.Charts;

/// <summary>Short date text for chart labels: "3 Feb 2026".</summary>
internal static class ChartLabels
{
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
