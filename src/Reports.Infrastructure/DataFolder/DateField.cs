using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>The UTC day of a row. A row we cannot place in time cannot be skipped safely, so a bad date fails the load.</summary>
internal static class DateField
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The day the class map read, or the load's failure naming the raw text.</summary>
    /// <exception cref="MarketDataException">The field is not a yyyy-MM-dd date.</exception>
    public static DateOnly Required(DataRow row, DateOnly? read, int index, string column) =>
        read ?? throw row.File.Error(row.Line, $"{column} '{row[index].AsSpan().Trim()}' is not a date in the form {Format}; cannot place the row");

    public static string Show(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
