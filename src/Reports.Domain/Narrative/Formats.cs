using System.Globalization;

namespace Reports.Domain.Narrative;

/// <summary>How figures are written in prose and tables: "$2.438 trillion", "$45 billion", "$66,675.12", "5.9%".</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>U+2212, the typographic minus sign.</summary>
    public const string Minus = "\u2212";

    /// <summary>Large amounts in words: trillions to three decimals, billions and millions to one, trailing zeros dropped.</summary>
    public static string Money(decimal usd)
    {
        var sign = usd < 0 ? Minus : "";
        var a = Math.Abs(usd);
        return a switch
        {
            >= 1_000_000_000_000m => $"{sign}${Trim(a / 1_000_000_000_000m, 3)} trillion",
            >= 1_000_000_000m => $"{sign}${Trim(a / 1_000_000_000m, 1)} billion",
            >= 1_000_000m => $"{sign}${Trim(a / 1_000_000m, 1)} million",
            _ => sign + Price(a),
        };
    }

    /// <summary>Headline style: "$1.02 Trillion", "$420 Billion" (three significant figures, title case).</summary>
    public static string MoneyTitle(decimal usd)
    {
        var a = Math.Abs(usd);
        var (value, unit) = a switch
        {
            >= 1_000_000_000_000m => (a / 1_000_000_000_000m, "Trillion"),
            >= 1_000_000_000m => (a / 1_000_000_000m, "Billion"),
            >= 1_000_000m => (a / 1_000_000m, "Million"),
            _ => (a, ""),
        };
        var decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
        return unit.Length == 0 ? Price(a) : $"${Trim(value, decimals)} {unit}";
    }

    /// <summary>A price: two decimals with thousands separators; four below $1 so small coins keep their digits.</summary>
    public static string Price(decimal usd) =>
        "$" + Math.Round(usd, Math.Abs(usd) < 1m ? 4 : 2, MidpointRounding.AwayFromZero).ToString(Math.Abs(usd) < 1m ? "#,##0.0000" : "#,##0.00", Invariant);

    /// <summary>An unsigned percentage for prose ("fell 5.9%").</summary>
    public static string Percent(decimal pct) => $"{Math.Abs(Math.Round(pct, 1, MidpointRounding.AwayFromZero)).ToString("0.0", Invariant)}%";

    /// <summary>A signed percentage for tables ("−5.9%", "+3.1%").</summary>
    public static string SignedPercent(decimal pct)
    {
        var r = Math.Round(pct, 1, MidpointRounding.AwayFromZero);
        return (r > 0 ? "+" : r < 0 ? Minus : "") + Math.Abs(r).ToString("0.0", Invariant) + "%";
    }

    /// <summary>Percentage points for gaps between two changes ("4.2 percentage points").</summary>
    public static string Points(decimal pp) => $"{Math.Abs(Math.Round(pp, 1, MidpointRounding.AwayFromZero)).ToString("0.0", Invariant)} percentage points";

    /// <summary>An indicator value with a typographic minus ("−3,381.66").</summary>
    public static string Indicator(double value, int decimals = 1) =>
        (value < 0 && Math.Round(value, decimals) != 0 ? Minus : "") + Math.Abs(Math.Round(value, decimals, MidpointRounding.AwayFromZero)).ToString("#,##0." + new string('0', decimals), Invariant);

    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Invariant);

    public static string ShortDate(DateOnly d) => d.ToString("d MMM", Invariant);

    public static string MonthYear(DateOnly d) => d.ToString("MMMM yyyy", Invariant);

    public static string Count(int n) => n.ToString("#,##0", Invariant);

    private static string Trim(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('#', decimals), Invariant);
    }
}
