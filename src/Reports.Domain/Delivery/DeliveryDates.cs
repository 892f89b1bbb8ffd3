using System.Globalization;

namespace Reports.Domain.Delivery;

/// <summary>The one way a report day is written in keys, file names, links and queue messages: 2026-02-05.</summary>
public static class DeliveryDates
{
    private const string Format = "yyyy-MM-dd";

    public static string Key(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
