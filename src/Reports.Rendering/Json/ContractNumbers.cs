namespace Reports.Rendering.Json;

/// <summary>The contract's rounding rules, in one place so docs/report-json.md can quote them.</summary>
internal static class ContractNumbers
{
    /// <summary>Percentages (already in percent: −5.9 means −5.9 %) keep 2 decimals, half away from zero.</summary>
    public const int PercentDecimals = 2;

    /// <summary>Indicator values (RSI, MACD, CMF, correlation) keep 6 decimal places.</summary>
    public const int IndicatorDecimals = 6;

    public static decimal? Percent(decimal? value) => value is { } v ? Percent(v) : null;

    public static decimal Percent(decimal value) => Math.Round(value, PercentDecimals, MidpointRounding.AwayFromZero);

    /// <summary>Non-finite doubles have no JSON form; they mean "no reading", so they become null.</summary>
    public static double? Indicator(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return null;
        }

        var rounded = Math.Round(v, IndicatorDecimals, MidpointRounding.AwayFromZero);
        return rounded == 0d ? 0d : rounded; // -0 would serialise as "-0"
    }
}
