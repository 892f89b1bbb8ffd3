using System.Globalization;
using Reports.Domain.Narrative;

namespace Reports.Domain.Tests.Narrative;

/// <summary>The one house style every renderer prints: each expected string is written out by hand.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("2438000000000", "$2.438 trillion")]
    [InlineData("2437612345678.9", "$2.438 trillion")]
    [InlineData("2412836551204.37", "$2.413 trillion")]
    [InlineData("45000000000", "$45 billion")]
    [InlineData("45200000000", "$45.2 billion")]
    [InlineData("45230000000", "$45.2 billion")]
    [InlineData("45249999999", "$45.2 billion")]
    [InlineData("599718350172.75", "$599.7 billion")]
    [InlineData("312400000", "$312.4 million")]
    [InlineData("51654321.1", "$51.7 million")]
    [InlineData("66675.12", "$66,675.12")]
    [InlineData("66675.125", "$66,675.13")]
    [InlineData("999999.6", "$999,999.60")]
    [InlineData("0", "$0.00")]
    [InlineData("-45200000000", "\u2212$45.2 billion")]
    [InlineData("-21000000000", "\u2212$21 billion")]
    [InlineData("-0.001", "$0.00")] // rounds to zero: no sign
    public void Money_uses_scale_words_from_a_million_and_cents_below(string value, string expected) =>
        Assert.Equal(expected, Formats.Money(D(value)));

    [Theory]
    [InlineData("999960000", "$1 billion")]
    [InlineData("999999999999.9", "$1 trillion")]
    [InlineData("999999.996", "$1 million")]
    [InlineData("1234000000000000", "$1,234 trillion")]
    public void Money_picks_the_scale_after_rounding(string value, string expected) =>
        Assert.Equal(expected, Formats.Money(D(value)));

    [Theory]
    [InlineData("1021000000000", "$1.02 Trillion")]
    [InlineData("420400000000", "$420 Billion")]
    [InlineData("99960000000", "$100 Billion")]
    [InlineData("999600000000", "$1 Trillion")]
    [InlineData("-5000000000", "$5 Billion")] // the headline's verb carries the direction
    public void MoneyTitle_has_three_significant_figures_in_title_case(string value, string expected) =>
        Assert.Equal(expected, Formats.MoneyTitle(D(value)));

    [Theory]
    [InlineData("66675.12", "$66,675.12")]
    [InlineData("66675.123", "$66,675.12")]
    [InlineData("71204.8", "$71,204.80")]
    [InlineData("88.05", "$88.05")]
    [InlineData("1.3911", "$1.39")]
    [InlineData("0.5", "$0.5000")] // below $1 every price keeps four decimals, so a column of small coins lines up
    [InlineData("0.51234", "$0.5123")]
    [InlineData("0.08234", "$0.0823")]
    [InlineData("0.000123456", "$0.000123")]
    [InlineData("0", "$0.00")]
    [InlineData("-1.5", "\u2212$1.50")]
    public void Price_keeps_meaningful_decimals(string value, string expected) =>
        Assert.Equal(expected, Formats.Price(D(value)));

    [Theory]
    [InlineData("-5.94", "\u22125.9%")]
    [InlineData("-5.8995512345", "\u22125.9%")]
    [InlineData("3.05", "+3.1%")]
    [InlineData("4.2024", "+4.2%")]
    [InlineData("2.05", "+2.1%")] // half away from zero, not to even
    [InlineData("0", "0.0%")]
    [InlineData("-0.04", "0.0%")] // rounds to zero: no sign
    [InlineData("1234.56", "+1,234.6%")]
    public void SignedPercent_has_one_decimal_a_real_minus_and_no_space(string value, string expected) =>
        Assert.Equal(expected, Formats.SignedPercent(D(value)));

    [Theory]
    [InlineData("-5.94", "5.9%")]
    [InlineData("3.05", "3.1%")]
    [InlineData("0", "0%")]
    [InlineData("-7.04", "7%")] // a whole figure drops its ".0" in prose
    [InlineData("1234.56", "1,234.6%")]
    public void Percent_for_prose_is_unsigned(string value, string expected) =>
        Assert.Equal(expected, Formats.Percent(D(value)));

    [Fact]
    public void Points_are_unsigned_with_one_decimal_unless_whole()
    {
        Assert.Equal("4.2 percentage points", Formats.Points(-4.24m));
        Assert.Equal("3 percentage points", Formats.Points(2.96m));
        Assert.Equal("1 percentage point", Formats.Points(-1.04m));
    }

    [Theory]
    [InlineData(28.44, 1, "28.4")]
    [InlineData(24.318765432, 1, "24.3")]
    [InlineData(-512.349, 1, "\u2212512.3")]
    [InlineData(0.8251, 2, "0.83")]
    [InlineData(-0.184321987, 2, "\u22120.18")]
    [InlineData(-1234.56789, 2, "\u22121,234.57")]
    [InlineData(-0.001, 2, "0.00")] // rounds to zero: no sign
    [InlineData(double.NaN, 1, "n/a")]
    [InlineData(double.PositiveInfinity, 2, "n/a")]
    public void Indicator_readings_have_fixed_decimals_and_a_real_minus(double value, int decimals, string expected) =>
        Assert.Equal(expected, Formats.Indicator(value, decimals));

    [Theory]
    [InlineData("20812.4", "20,812.40")]
    [InlineData("-1.234", "\u22121.23")]
    [InlineData("4.005", "4.01")]
    public void Levels_have_two_decimals_and_no_currency(string value, string expected) =>
        Assert.Equal(expected, Formats.Level(D(value)));

    [Fact]
    public void Dates_and_counts()
    {
        var day = new DateOnly(2026, 2, 5);
        Assert.Equal("5 February 2026", Formats.Date(day));
        Assert.Equal("5 Feb 2026", Formats.MediumDate(day));
        Assert.Equal("5 Feb", Formats.ShortDate(day));
        Assert.Equal("February 2026", Formats.MonthYear(day));
        Assert.Equal("1 Jan 2025 to 5 Feb 2026", Formats.DateRange(new DateOnly(2025, 1, 1), day));
        Assert.Equal("n/a to 5 Feb 2026", Formats.DateRange(null, day));
        Assert.Equal("1,204", Formats.Count(1204));
    }

    [Fact]
    public void Every_missing_figure_is_written_na()
    {
        Assert.Equal("n/a", Formats.Missing);
        Assert.Equal("n/a", Formats.Money(null));
        Assert.Equal("n/a", Formats.Price(null));
        Assert.Equal("n/a", Formats.Percent(null));
        Assert.Equal("n/a", Formats.SignedPercent(null));
        Assert.Equal("n/a", Formats.Indicator(null, 2));
        Assert.Equal("n/a", Formats.Level(null));
        Assert.Equal("n/a", Formats.MediumDate(null));
        Assert.Equal("n/a", Formats.DateRange(null, null));
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
