using System.Globalization;

namespace Reports.Domain.Narrative;

/// <summary>
/// The house style for every figure the report prints, in prose, tables and captions alike: "$2.438 trillion",
/// "$45 billion", "$66,675.12", "5.9%" (unsigned, for prose), "−5.9%" and "+3.1%" (signed), "−512.3", "5 February 2026".
/// A missing figure is written <see cref="Missing"/>. Renderers call this class rather than formatting figures themselves,
/// so the prose, the PDF and the HTML never disagree; only chart axis ticks have a shorter style of their own.
/// </summary>
public static class Formats
{
    /// <summary>What a missing figure is written as, everywhere.</summary>
    public const string Missing = "n/a";

    /// <summary>U+2212, the typographic minus sign: as wide as the plus sign, so signed columns line up.</summary>
    public const string Minus = "\u2212";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Smallest first. Trillions keep three decimals because the headline figures differ in the second one.
    private static readonly (decimal Unit, string Word, int Decimals)[] Scales =
    [
        (1_000_000m, "million", 1),
        (1_000_000_000m, "billion", 1),
        (1_000_000_000_000m, "trillion", 3),
    ];

    /// <summary>
    /// An amount of money: in words from a million up ("$2.438 trillion", "$45 billion", "$312.4 million"; trillions to
    /// three decimals, billions and millions to one, trailing zeros dropped), cents below ("$812,000.00").
    /// </summary>
    public static string Money(decimal? usd)
    {
        if (usd is not { } v)
        {
            return Missing;
        }

        var magnitude = Math.Abs(v);
        if (InWords(magnitude, (_, standard) => standard) is { } words)
        {
            return Sign(v < 0) + "$" + Trimmed(words.Value) + " " + words.Word;
        }

        var cents = Round(magnitude, 2);
        return Sign(v < 0 && cents != 0) + "$" + Fixed(cents, 2);
    }

    /// <summary>Headline style: "$1.02 Trillion", "$420 Billion" (three significant figures, title case, no sign).</summary>
    public static string MoneyTitle(decimal usd)
    {
        var magnitude = Math.Abs(usd);
        return InWords(magnitude, (scaled, _) => scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2) is { } words
            ? "$" + Trimmed(words.Value) + " " + char.ToUpperInvariant(words.Word[0]) + words.Word[1..]
            : Money(magnitude);
    }

    /// <summary>A price: cents from $1 up ("$66,675.12"); four decimals from a cent, six below, where cents say too little.</summary>
    public static string Price(decimal? usd)
    {
        if (usd is not { } v)
        {
            return Missing;
        }

        var magnitude = Math.Abs(v);
        var decimals = magnitude >= 1m || magnitude == 0m ? 2 : magnitude >= 0.01m ? 4 : 6;
        var rounded = Round(magnitude, decimals);
        return Sign(v < 0 && rounded != 0) + "$" + Fixed(rounded, decimals);
    }

    /// <summary>
    /// A price in prose, where cents on a five-figure price are spurious precision: whole dollars from $1,000
    /// ("$67,817"), otherwise as <see cref="Price"/>. Tables keep <see cref="Price"/>.
    /// </summary>
    public static string ProsePrice(decimal? usd) => usd is { } v && Math.Abs(Round(v, 2)) >= 1000m
        ? Sign(v < 0) + "$" + Fixed(Round(Math.Abs(v), 0), 0)
        : Price(usd);

    /// <summary>
    /// An unsigned percentage for prose, where the verb carries the direction ("fell 5.9%"); a whole figure drops its
    /// ".0" ("fell 7%"), which is spurious precision in a sentence. Tables keep one decimal so columns align.
    /// </summary>
    public static string Percent(decimal? pct) => pct is { } v ? WithoutPointZero(Fixed(Math.Abs(Round(v, 1)), 1)) + "%" : Missing;

    /// <summary>True when a percentage would print as 0.0: the prose then says "little changed", not "rose 0.0%".</summary>
    public static bool RoundsToZero(decimal pct) => Math.Round(pct, 1, MidpointRounding.AwayFromZero) == 0m;

    /// <summary>A signed percentage for tables and notes ("−5.9%", "+3.1%", "0.0%": no sign when it rounds to zero).</summary>
    public static string SignedPercent(decimal? pct) => pct is { } v ? Signed(Round(v, 1), 1, plus: true) + "%" : Missing;

    /// <summary>Percentage points for gaps between two changes ("4.2 percentage points", "1 percentage point").</summary>
    public static string Points(decimal pp)
    {
        var figure = WithoutPointZero(Fixed(Math.Abs(Round(pp, 1)), 1));
        return figure == "1" ? "1 percentage point" : figure + " percentage points";
    }

    private static string WithoutPointZero(string fixedOneDecimal) =>
        fixedOneDecimal.EndsWith(".0", StringComparison.Ordinal) ? fixedOneDecimal[..^2] : fixedOneDecimal;

    /// <summary>An indicator reading such as RSI, MACD, CMF or a correlation: "28.4", "−3,381.66". Not finite is missing.</summary>
    public static string Indicator(double? value, int decimals = 1)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return Missing;
        }

        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        return Sign(rounded < 0) + Math.Abs(rounded).ToString(Pattern(decimals), Invariant);
    }

    /// <summary>A market level without a currency sign, to two decimals ("20,812.40"): index points and yields are not dollars.</summary>
    public static string Level(decimal? value) => value is { } v ? Signed(Round(v, 2), 2, plus: false) : Missing;

    /// <summary>A whole count with thousands separators ("1,204").</summary>
    public static string Count(long n) => n.ToString("#,##0", Invariant);

    /// <summary>A day in prose and titles: "5 February 2026".</summary>
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Invariant);

    /// <summary>A day in tables, captions and chart labels: "5 Feb 2026".</summary>
    public static string MediumDate(DateOnly? d) => d is { } day ? day.ToString("d MMM yyyy", Invariant) : Missing;

    /// <summary>A day within the report's own weeks, where the year goes without saying: "5 Feb".</summary>
    public static string ShortDate(DateOnly d) => d.ToString("d MMM", Invariant);

    /// <summary>An instant within the report's day: "14:00 UTC".</summary>
    public static string UtcTime(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm", Invariant) + " UTC";

    public static string MonthYear(DateOnly d) => d.ToString("MMMM yyyy", Invariant);

    /// <summary>The days an input covers: "1 Jan 2025 to 5 Feb 2026"; missing when neither end is known.</summary>
    public static string DateRange(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? Missing : $"{MediumDate(from)} to {MediumDate(to)}";

    /// <summary>
    /// The amount in the largest unit that keeps it under a thousand, or null below a million. The unit is picked after
    /// rounding, so $999.96 million is "$1 billion", not "$1,000 million". <paramref name="decimals"/> gets the scaled
    /// value and the unit's standard decimals and says how many to keep.
    /// </summary>
    private static (decimal Value, string Word)? InWords(decimal magnitude, Func<decimal, int, int> decimals)
    {
        if (Round(magnitude, 2) < Scales[0].Unit)
        {
            return null;
        }

        (decimal Value, string Word) result = default;
        foreach (var (unit, word, standard) in Scales)
        {
            var scaled = magnitude / unit;
            result = (Round(scaled, decimals(scaled, standard)), word);
            if (result.Value < 1000m)
            {
                break;
            }
        }

        return result;
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static string Sign(bool negative) => negative ? Minus : "";

    private static string Signed(decimal rounded, int decimals, bool plus) =>
        (rounded < 0 ? Minus : plus && rounded > 0 ? "+" : "") + Fixed(Math.Abs(rounded), decimals);

    private static string Fixed(decimal value, int decimals) => value.ToString(Pattern(decimals), Invariant);

    // Values reach here rounded already, so "#" only drops trailing zeros: "$45 billion", "$2.41 trillion".
    private static string Trimmed(decimal rounded) => rounded.ToString("#,##0.###", Invariant);

    private static string Pattern(int decimals) => decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);
}
