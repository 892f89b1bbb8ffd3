using System.Globalization;
using System.Linq.Expressions;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// The base of every file kind's class map: columns by position (the header is checked separately, and Binance
/// files have none), days and numbers through lenient converters. A value a converter cannot read becomes null
/// rather than an exception, so the file kind's validation pass can name the first bad column of the row with the
/// raw text, the way docs/data-format.md promises.
/// </summary>
internal abstract class RowMap<T> : ClassMap<T>
{
    protected void Day(Expression<Func<T, DateOnly?>> member, int index) => Map(member).Index(index).TypeConverter(DayConverter.Instance);

    protected void Number(Expression<Func<T, decimal?>> member, int index) => Map(member).Index(index).TypeConverter(NumberConverter.Instance);

    protected void Text(Expression<Func<T, string?>> member, int index) => Map(member).Index(index).TypeConverter(TextConverter.Instance);

    /// <summary>The field as written: no null values, no trimming (the validation pass decides).</summary>
    private sealed class TextConverter : ITypeConverter
    {
        public static readonly TextConverter Instance = new();

        public object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) => text ?? "";

        public string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) => throw new NotSupportedException();
    }

    /// <summary>A yyyy-MM-dd day, surrounding white space allowed.</summary>
    private sealed class DayConverter : ITypeConverter
    {
        public static readonly DayConverter Instance = new();

        public object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            DateOnly.TryParseExact(text.AsSpan().Trim(), DateField.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

        public string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) => throw new NotSupportedException();
    }

    /// <summary>A plain or exponent decimal number with an optional sign, surrounding white space allowed.</summary>
    private sealed class NumberConverter : ITypeConverter
    {
        public static readonly NumberConverter Instance = new();

        public object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            decimal.TryParse(text.AsSpan().Trim(), RowValues.NumberStyle, CultureInfo.InvariantCulture, out var value) ? value : null;

        public string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) => throw new NotSupportedException();
    }
}

/// <summary>A row whose first column is its day (every file but the Binance klines).</summary>
internal interface IDatedRow
{
    DateOnly? Date { get; }
}
