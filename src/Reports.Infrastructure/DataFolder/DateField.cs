using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>Reads the UTC day of a row. A row we cannot place in time cannot be skipped safely, so a bad date fails the load.</summary>
internal static class DateField
{
    public const string Format = "yyyy-MM-dd";

    /// <exception cref="MarketDataException">The field is not a yyyy-MM-dd date.</exception>
    public static DateOnly Parse(DataFile file, CsvRow row, int index, string column)
    {
        var raw = row[index].Trim();
        if (DateOnly.TryParseExact(raw, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        throw file.Error(row.Line, $"{column} '{raw}' is not a date in the form {Format}; cannot place the row");
    }

    public static string Show(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
