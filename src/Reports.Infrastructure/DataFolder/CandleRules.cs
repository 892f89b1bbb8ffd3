using System.Globalization;

namespace Reports.Infrastructure.DataFolder;

/// <summary>The consistency every OHLC bar must have before we compute anything from it.</summary>
internal static class CandleRules
{
    /// <returns>Why the bar is impossible, or null when it is consistent.</returns>
    public static string? Problem(decimal open, decimal high, decimal low, decimal close)
    {
        if (high < low)
            return $"High {Show(high)} is below Low {Show(low)}";
        if (open < low || open > high)
            return $"Open {Show(open)} is outside Low..High [{Show(low)}, {Show(high)}]";
        if (close < low || close > high)
            return $"Close {Show(close)} is outside Low..High [{Show(low)}, {Show(high)}]";
        return null;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
