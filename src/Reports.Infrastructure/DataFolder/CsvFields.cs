using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// How data-folder fields become values: CsvHelper's type converters with the options set once for the process
/// (invariant culture, the number styles and the day format), so every file reads a number or a day the same way.
/// </summary>
internal static class CsvFields
{
    /// <summary>Signs, a decimal point and exponents, with white space around; no thousands separators.</summary>
    public static readonly CsvField<decimal, PlainDecimalConverter> Decimal = new(new TypeConverterOptions
    {
        CultureInfo = CultureInfo.InvariantCulture,
        NumberStyles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite
            | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
    });

    /// <summary>A UTC day written yyyy-MM-dd.</summary>
    public static readonly CsvField<DateOnly, DayConverter> Day = new(new TypeConverterOptions
    {
        CultureInfo = CultureInfo.InvariantCulture,
        Formats = [DateField.Format],
        DateTimeStyle = DateTimeStyles.None,
    });
}

/// <summary>One value type read by CsvHelper's converter for it, with fixed options.</summary>
/// <remarks>
/// The converter is named, not looked up in a <c>TypeConverterCache</c>: the cache's reflection gives the Native AOT
/// build a new warning (IL3053), and a static field of the exact type lets the JIT call it directly. The usual form
/// is read straight from the characters (<see cref="IPlainForm{T}"/>): a converter returns an object, and boxing every
/// number of a load was a fifth of its time.
/// </remarks>
internal sealed class CsvField<T, TConverter>(TypeConverterOptions options)
    where T : struct
    where TConverter : ITypeConverter, IPlainForm<T>, new()
{
    private static readonly TConverter Converter = new();

    /// <summary>
    /// The record a converter is given. CsvHelper's converters only look at it to describe the record in the exception
    /// for text they refuse, which <see cref="TryRead"/> turns into false (the parsers write their own warning), so
    /// one empty reader serves every read, on any thread.
    /// </summary>
    private static readonly IReaderRow NoRecord = new CsvReader(new CsvParser(TextReader.Null, CultureInfo.InvariantCulture));

    private readonly MemberMapData data = new(null) { TypeConverterOptions = options };

    private readonly bool readsPlain = TConverter.ReadsPlainForm(options);

    public bool TryRead(ReadOnlySpan<char> text, out T value)
    {
        if (readsPlain && TConverter.TryReadPlain(text, out value))
            return true;
        try
        {
            value = (T)Converter.ConvertFromString(text.ToString(), NoRecord, data)!;
            return true;
        }
        catch (Exception e) when (e is TypeConverterException or FormatException or OverflowException)
        {
            value = default;
            return false;
        }
    }
}

/// <summary>
/// A converter's shortcut for the form nearly every value has, read from characters into the value itself; the
/// converter gives the same value for it, and reads every other text.
/// </summary>
internal interface IPlainForm<T>
    where T : struct
{
    /// <summary>Whether a converter with these options reads the plain form as <see cref="TryReadPlain"/> does.</summary>
    static abstract bool ReadsPlainForm(TypeConverterOptions options);

    /// <summary>False for any text not in the plain form, which the converter then reads (or refuses).</summary>
    static abstract bool TryReadPlain(ReadOnlySpan<char> text, out T value);
}

/// <summary>
/// CsvHelper's <see cref="DecimalConverter"/>, reading the plain form nearly every price and amount has, an optional
/// minus, digits and an optional fraction, 18 digits at most, without <c>decimal.Parse</c>'s general number engine
/// (a quarter of a report load's CPU). The value is built as decimal.Parse builds it, trailing zeros kept in the
/// scale. Any other text (exponents, a plus sign, white space, a minus zero, more digits) goes to the base
/// converter, which accepts or rejects it as before; so does every text when the options name another culture or
/// number styles without a sign or a decimal point.
/// </summary>
internal sealed class PlainDecimalConverter : DecimalConverter, IPlainForm<decimal>
{
    private const int MaxDigits = 18; // 10^18 - 1 fits a long

    private const NumberStyles PlainStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        ReadsPlainForm(memberMapData.TypeConverterOptions) && TryReadPlain(text, out var value)
            ? value
            : base.ConvertFromString(text, row, memberMapData);

    public static bool ReadsPlainForm(TypeConverterOptions options) =>
        options is { NumberStyles: { } styles } && options.CultureInfo == CultureInfo.InvariantCulture && (styles & PlainStyles) == PlainStyles;

    public static bool TryReadPlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : digits[(point + 1)..];
        // "5." and ".5" parse too, but are left to the base converter with everything else unusual.
        if (whole.Length == 0 || (point >= 0 && fraction.Length == 0) || whole.Length + fraction.Length > MaxDigits)
            return false;

        long mantissa = 0;
        if (!AsciiDigits.Accumulate(whole, ref mantissa) || !AsciiDigits.Accumulate(fraction, ref mantissa))
            return false;

        // decimal.Parse keeps a minus zero's sign bit; leave that rarity to it rather than copy the rule.
        if (negative && mantissa == 0)
            return false;
        value = new decimal(unchecked((int)mantissa), (int)(mantissa >> 32), 0, negative, (byte)fraction.Length);
        return true;
    }
}

/// <summary>
/// CsvHelper's <see cref="DateOnlyConverter"/>, reading the one form the data folder writes, yyyy-MM-dd in ASCII
/// digits naming a real day, without <c>DateOnly.ParseExact</c>: its general format engine was a quarter of a
/// report load's CPU, for one fixed format. Any other text goes to the base converter, which accepts or rejects
/// it as before; so does every text when the options name another format.
/// </summary>
internal sealed class DayConverter : DateOnlyConverter, IPlainForm<DateOnly>
{
    public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        ReadsPlainForm(memberMapData.TypeConverterOptions) && TryReadPlain(text, out var day)
            ? day
            : base.ConvertFromString(text, row, memberMapData);

    public static bool ReadsPlainForm(TypeConverterOptions options) => options.Formats is [DateField.Format];

    public static bool TryReadPlain(ReadOnlySpan<char> text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
            return false;
        long year = 0, month = 0, date = 0;
        if (!AsciiDigits.Accumulate(text[..4], ref year) || !AsciiDigits.Accumulate(text[5..7], ref month) || !AsciiDigits.Accumulate(text[8..], ref date))
            return false;
        // A year of 0000 or a 30 February is left to the base converter to refuse.
        if (year < 1 || month is < 1 or > 12 || date < 1 || date > DateTime.DaysInMonth((int)year, (int)month))
            return false;
        day = new DateOnly((int)year, (int)month, (int)date);
        return true;
    }
}

internal static class AsciiDigits
{
    /// <summary>Appends <paramref name="digits"/> to <paramref name="value"/>; false at the first character that is not 0-9.</summary>
    /// <remarks>The caller bounds the count: 18 digits always fit a long.</remarks>
    public static bool Accumulate(ReadOnlySpan<char> digits, ref long value)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }

        return true;
    }
}
