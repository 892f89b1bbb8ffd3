using System.Globalization;

namespace Reports.Rendering.Pdf;

/// <summary>Dates as the report writes them: "25 February 2026".</summary>
internal static class ReportDates
{
    public static string Long(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Short(DateOnly? day) => day is { } d ? d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : Formatting.MoneyFormat.Missing;

    public static string Range(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => Formatting.MoneyFormat.Missing,
        _ => $"{Short(from)} – {Short(to)}",
    };
}
