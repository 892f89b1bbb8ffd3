using Reports.Rendering.Formatting;

namespace Reports.Rendering.Tests.Formatting;

public class MoneyFormatTests
{
    [Theory]
    [InlineData("2438000000000", "$2.438 trillion")]
    [InlineData("2437612345678.9", "$2.438 trillion")]
    [InlineData("45200000000", "$45.2 billion")]
    [InlineData("45249999999", "$45.2 billion")]
    [InlineData("312400000", "$312.4 million")]
    [InlineData("66675.12", "$66,675.12")]
    [InlineData("66675.125", "$66,675.13")]
    [InlineData("0", "$0.00")]
    [InlineData("-45200000000", "\u2212$45.2 billion")]
    [InlineData("-0.001", "$0.00")]
    public void Usd_uses_scale_words_from_a_million(string value, string expected) =>
        Assert.Equal(expected, MoneyFormat.Usd(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("999960000", "$1.0 billion")]
    [InlineData("999999999999.9", "$1.000 trillion")]
    [InlineData("999999.996", "$1.0 million")]
    [InlineData("1234000000000000", "$1,234.000 trillion")]
    public void Usd_picks_the_scale_after_rounding(string value, string expected) =>
        Assert.Equal(expected, MoneyFormat.Usd(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("66675.12", "$66,675.12")]
    [InlineData("0.08234", "$0.0823")]
    [InlineData("0.000123456", "$0.000123")]
    [InlineData("-1.5", "\u2212$1.50")]
    public void Price_keeps_meaningful_decimals(string value, string expected) =>
        Assert.Equal(expected, MoneyFormat.Price(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-5.94", "\u22125.9 %")]
    [InlineData("3.05", "+3.1 %")]
    [InlineData("0", "0.0 %")]
    [InlineData("-0.04", "0.0 %")]
    [InlineData("1234.56", "+1,234.6 %")]
    public void Percent_is_always_signed_with_a_real_minus(string value, string expected) =>
        Assert.Equal(expected, MoneyFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(28.44, 1, "28.4")]
    [InlineData(-512.349, 1, "\u2212512.3")]
    [InlineData(0.8251, 2, "0.83")]
    [InlineData(-0.001, 2, "0.00")]
    [InlineData(double.NaN, 1, "n/a")]
    public void Number_formats_indicator_readings(double value, int decimals, string expected) =>
        Assert.Equal(expected, MoneyFormat.Number(value, decimals));

    [Theory]
    [InlineData(2.4e12, "$2.4T")]
    [InlineData(2.45e12, "$2.45T")]
    [InlineData(8.5e11, "$850B")]
    [InlineData(3.12e8, "$312M")]
    [InlineData(66000, "$66,000")]
    [InlineData(2.5, "$2.5")]
    [InlineData(0.0823, "$0.0823")]
    [InlineData(-1500, "\u2212$1,500")]
    [InlineData(0, "$0")]
    public void AxisUsd_is_short(double value, string expected) => Assert.Equal(expected, MoneyFormat.AxisUsd(value));

    [Fact]
    public void Nulls_are_written_na()
    {
        Assert.Equal("n/a", MoneyFormat.Usd(null));
        Assert.Equal("n/a", MoneyFormat.Price(null));
        Assert.Equal("n/a", MoneyFormat.Percent(null));
        Assert.Equal("n/a", MoneyFormat.Number(null));
    }
}
