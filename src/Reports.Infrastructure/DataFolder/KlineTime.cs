using System.Globalization;

namespace Reports.Infrastructure.DataFolder;

/// <summary>
/// Binance kline timestamps: milliseconds since the Unix epoch (13 digits), or microseconds (16 digits) in spot
/// files published since 2025. The unit is told apart by length on every value, so a file mixing both still reads.
/// </summary>
internal static class KlineTime
{
    /// <param name="time">The instant, UTC.</param>
    /// <param name="resolution">One unit of the value's precision (1 ms or 1 µs).</param>
    public static bool TryParse(ReadOnlySpan<char> raw, out DateTimeOffset time, out TimeSpan resolution)
    {
        var digits = raw.Trim();
        time = default;
        resolution = default;
        switch (digits.Length)
        {
            case 13:
                resolution = TimeSpan.FromMilliseconds(1);
                break;
            case 16:
                resolution = TimeSpan.FromMicroseconds(1);
                break;
            default:
                return false;
        }

        // Digits only (no sign, no white space inside): 16 of them always fit a long.
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return false;

        time = DateTimeOffset.UnixEpoch + value * resolution;
        return true;
    }
}
