using System.Globalization;

namespace Reports.Rendering.Formatting;

/// <summary>
/// How the renderers write numbers: "$2.438 trillion", "$45.2 billion", "$312.4 million", "$66,675.12",
/// "−5.9 %", "+3.1 %". Missing values are written <see cref="Missing"/>.
/// </summary>
public static class MoneyFormat
{
    public const string Missing = "n/a";

    /// <summary>U+2212: a real minus sign, as wide as the plus sign, so signed columns line up.</summary>
    public const char Minus = '\u2212';

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Largest first. Trillions keep three decimals because the headline figures differ in the second one.
    private static readonly (decimal Unit, string Word, int Decimals)[] Scales =
    [
        (1_000_000_000_000m, "trillion", 3),
        (1_000_000_000m, "billion", 1),
        (1_000_000m, "million", 1),
    ];

    /// <summary>A dollar amount: scale words from a million up, cents below ("$66,675.12").</summary>
    public static string Usd(decimal? value)
    {
        if (value is not { } v)
        {
            return Missing;
        }

        var magnitude = Math.Abs(v);
        var cents = Math.Round(magnitude, 2, MidpointRounding.AwayFromZero);
        if (cents < Scales[^1].Unit)
        {
            return Signed(v < 0 && cents != 0, "$" + cents.ToString("N2", Invariant));
        }

        // Pick the scale after rounding, so 999.96 million is written "$1.0 billion", not "$1,000.0 million".
        for (var i = Scales.Length - 1; i >= 0; i--)
        {
            var (unit, word, decimals) = Scales[i];
            var scaled = Math.Round(magnitude / unit, decimals, MidpointRounding.AwayFromZero);
            if (scaled < 1000m || i == 0)
            {
                return Signed(v < 0, "$" + scaled.ToString("N" + decimals, Invariant) + " " + word);
            }
        }

        throw new InvalidOperationException("unreachable: the largest scale always returns");
    }

    /// <summary>A price: cents from a dollar up ("$66,675.12"); more decimals below, where cents say too little.</summary>
    public static string Price(decimal? value)
    {
        if (value is not { } v)
        {
            return Missing;
        }

        var magnitude = Math.Abs(v);
        var decimals = magnitude >= 1m || magnitude == 0m ? 2 : magnitude >= 0.01m ? 4 : 6;
        var rounded = Math.Round(magnitude, decimals, MidpointRounding.AwayFromZero);
        return Signed(v < 0 && rounded != 0, "$" + rounded.ToString("N" + decimals, Invariant));
    }

    /// <summary>A change in percent, always signed: "−5.9 %", "+3.1 %", "0.0 %".</summary>
    public static string Percent(decimal? value, int decimals = 1)
    {
        if (value is not { } v)
        {
            return Missing;
        }

        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : rounded < 0 ? Minus.ToString() : "";
        return sign + Math.Abs(rounded).ToString("N" + decimals, Invariant) + " %";
    }

    /// <summary>An indicator reading such as RSI, MACD or a correlation: "28.4", "−512.3".</summary>
    public static string Number(double? value, int decimals = 1)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            return Missing;
        }

        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        return Signed(rounded < 0, Math.Abs(rounded).ToString("N" + decimals, Invariant));
    }

    /// <summary>A short axis tick: "$2.4T", "$850B", "$312M", "$66,000", "$0.082".</summary>
    public static string AxisUsd(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "";
        }

        var magnitude = Math.Abs(value);
        var text = magnitude switch
        {
            >= 1e12 => "$" + (magnitude / 1e12).ToString("0.###", Invariant) + "T",
            >= 1e9 => "$" + (magnitude / 1e9).ToString("0.##", Invariant) + "B",
            >= 1e6 => "$" + (magnitude / 1e6).ToString("0.##", Invariant) + "M",
            >= 100 => "$" + magnitude.ToString("N0", Invariant),
            >= 1 => "$" + magnitude.ToString("0.##", Invariant),
            0 => "$0",
            _ => "$" + magnitude.ToString("0.####", Invariant),
        };
        return Signed(value < 0, text);
    }

    private static string Signed(bool negative, string magnitude) => negative ? Minus + magnitude : magnitude;
}
