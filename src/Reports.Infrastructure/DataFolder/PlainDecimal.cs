namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Reads the plain literals data files are made of ("87656.28", "24519888919") without the general decimal parser,
/// which was the largest single cost of a load. The result is the very decimal <see cref="decimal.Parse(string)"/>
/// gives, scale included ("1.50" keeps two decimals); anything else (signs, exponents, long numbers) is declined so
/// the caller falls back to <see cref="decimal.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider?, out decimal)"/>.
/// </summary>
internal static class PlainDecimal
{
    // 18 digits always fit a ulong (and a decimal's 96-bit mantissa) exactly.
    private const int MaxDigits = 18;

    /// <summary>Digits, optionally a point and more digits; at most 18 digits in all.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        ulong mantissa = 0;
        var digits = 0;
        var i = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++, digits++)
            mantissa = mantissa * 10 + (uint)(text[i] - '0');
        if (digits == 0)
            return false;

        var scale = 0;
        if (i < text.Length)
        {
            if (text[i] != '.')
                return false;
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++, digits++, scale++)
                mantissa = mantissa * 10 + (uint)(text[i] - '0');
            if (scale == 0 || i < text.Length)
                return false;
        }

        if (digits > MaxDigits)
            return false;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)scale);
        return true;
    }
}
