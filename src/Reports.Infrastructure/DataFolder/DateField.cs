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
        return TryParse(row[index]) ?? throw file.Error(row.Line, $"{column} '{row[index].AsSpan().Trim()}' is not a date in the form {Format}; cannot place the row");
    }

    /// <summary>The day a field names, or null when it names none (the caller then reads the row the strict way).</summary>
    public static DateOnly? TryParse(string field) => TryParse(field.AsSpan());

    /// <inheritdoc cref="TryParse(string)"/>
    public static DateOnly? TryParse(ReadOnlySpan<char> field)
    {
        var raw = field.Trim();
        return TryParsePlain(raw, out var day) || DateOnly.TryParseExact(raw, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day) ? day : null;
    }

    public static string Show(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>
    /// The common case, exactly "dddd-dd-dd" naming a real day, read without the general date parser (a cost on
    /// every dated row); anything else is left to <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>.
    /// </summary>
    private static bool TryParsePlain(ReadOnlySpan<char> raw, out DateOnly day)
    {
        day = default;
        if (raw.Length != 10 || raw[4] != '-' || raw[7] != '-'
            || !TryDigits(raw[..4], out var year) || !TryDigits(raw.Slice(5, 2), out var month) || !TryDigits(raw.Slice(8, 2), out var dayOfMonth))
            return false;
        if (year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }
}
