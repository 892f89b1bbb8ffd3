using System.Globalization;

namespace Reports.Rendering.Html;

/// <summary>
/// How the HTML tables write figures. Prose arrives formatted from the narrative; tables format here.
/// Percent inputs are already in percent (−5.9 means −5.9 %). Missing figures show as an em dash.
/// </summary>
internal static class HtmlFormat
{
    public const string Missing = "—";

    private const char Minus = '−'; // U+2212: the typographic minus, as in the prose
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Large USD amounts: $2.41T, $98.1B, $812M; smaller ones in full dollars.</summary>
    public static string Usd(decimal? value)
    {
        if (value is not { } v)
        {
            return Missing;
        }

        var abs = Math.Abs(v);
        var text = abs switch
        {
            >= 1_000_000_000_000m => Scaled(abs, 1_000_000_000_000m, "T"),
            >= 1_000_000_000m => Scaled(abs, 1_000_000_000m, "B"),
            >= 1_000_000m => Scaled(abs, 1_000_000m, "M"),
            _ => "$" + abs.ToString("#,##0", Invariant),
        };
        return v < 0 ? Minus + text : text;
    }

    /// <summary>A price: cents above $100, up to four decimals below (XRP at $1.3911).</summary>
    public static string Price(decimal? value) => value is { } v
        ? (v < 0 ? Minus.ToString() : "") + "$" + Math.Abs(v).ToString(Math.Abs(v) >= 100m ? "#,##0.00" : "#,##0.00##", Invariant)
        : Missing;

    /// <summary>A price as short as a chart label should be: whole dollars from $100 ($89,174), cents below ($88.5), four decimals under $1.</summary>
    public static string ShortPrice(decimal value)
    {
        var abs = Math.Abs(value);
        var format = abs >= 100m ? "#,##0" : abs >= 1m ? "#,##0.##" : "0.####";
        return (value < 0 ? Minus.ToString() : "") + "$" + abs.ToString(format, Invariant);
    }

    /// <summary>A level without a currency (an index, an ounce of gold in its own quote).</summary>
    public static string Level(decimal? value) => value is { } v
        ? Signed(v, Math.Abs(v) >= 100m ? "#,##0.00" : "#,##0.00##", plus: false)
        : Missing;

    /// <summary>A signed percentage with two decimals: +4.20 %, −5.90 %.</summary>
    public static string Percent(decimal? value) => value is { } v
        ? Signed(Math.Round(v, 2, MidpointRounding.AwayFromZero), "0.00") + " %"
        : Missing;

    /// <summary>An indicator reading (RSI, MACD, CMF, correlation) with the given decimals.</summary>
    public static string Number(double? value, int decimals) => value is { } v && double.IsFinite(v)
        ? Signed((decimal)Math.Round(v, decimals, MidpointRounding.AwayFromZero), "#,##0." + new string('0', decimals), plus: false)
        : Missing;

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("d MMM yyyy", Invariant) : Missing;

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    /// <summary>CSS class for a signed figure, so falls and rises read at a glance (also in print).</summary>
    public static string? SignClass(decimal? value) => value switch
    {
        < 0m => "neg",
        > 0m => "pos",
        _ => null,
    };

    private static string Scaled(decimal abs, decimal unit, string suffix) =>
        "$" + Math.Round(abs / unit, 2, MidpointRounding.AwayFromZero).ToString("#,##0.##", Invariant) + suffix;

    private static string Signed(decimal value, string format, bool plus = true) => value switch
    {
        < 0m => Minus + (-value).ToString(format, Invariant),
        > 0m when plus => "+" + value.ToString(format, Invariant),
        _ => value.ToString(format, Invariant),
    };
}
