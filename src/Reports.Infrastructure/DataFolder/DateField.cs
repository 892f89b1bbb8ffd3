using System.Globalization;
using Reports.Domain.Market;

namespace Reports.Infrastructure.DataFolder;

/// <summary>Reads the UTC day of a row. A row we cannot place in time cannot be skipped safely, so a bad date fails the load.</summary>
internal static class DateField
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The error for a row whose day field names no day.</summary>
    public static MarketDataException NotADay(DataFile file, CsvRow row, int index, string column) =>
        file.Error(row.Line, $"{column} '{row[index].AsSpan().Trim()}' is not a date in the form {Format}; cannot place the row");

    /// <summary>The day a field names, or null when it names none (the caller then reads the row the strict way).</summary>
    public static DateOnly? TryParse(ReadOnlySpan<char> field) => CsvFields.Day.TryRead(field.Trim(), out var day) ? day : null;

    public static string Show(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads the day of one row after another, parsing a text only when it differs from the previous row's: consecutive
/// rows mostly share a day (the per-coin caps have one row per coin and day), and a row's day is asked for twice.
/// </summary>
internal sealed class LastDay
{
    private string text = "";
    private DateOnly? day;

    /// <inheritdoc cref="DateField.TryParse(ReadOnlySpan{char})"/>
    public DateOnly? Of(ReadOnlySpan<char> field)
    {
        if (!field.SequenceEqual(text))
        {
            text = field.ToString();
            day = DateField.TryParse(text);
        }

        return day;
    }
}
