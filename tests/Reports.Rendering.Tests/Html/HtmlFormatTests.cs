using Reports.Rendering.Html;

namespace Reports.Rendering.Tests.Html;

public sealed class HtmlFormatTests
{
    [Theory]
    [InlineData("2412836551204.37", "$2.41T")]
    [InlineData("599718350172.75", "$599.72B")]
    [InlineData("-21000000000", "−$21B")]
    [InlineData("51654321.1", "$51.65M")]
    [InlineData("999999.6", "$1,000,000")]
    [InlineData("0", "$0")]
    public void Usd_is_compact_for_large_amounts(string value, string expected) => Assert.Equal(expected, HtmlFormat.Usd(D(value)));

    [Theory]
    [InlineData("71204.8", "$71,204.80")]
    [InlineData("88.05", "$88.05")]
    [InlineData("1.3911", "$1.3911")]
    [InlineData("0.5", "$0.50")]
    public void Price_keeps_cents_and_small_coin_precision(string value, string expected) => Assert.Equal(expected, HtmlFormat.Price(D(value)));

    [Theory]
    [InlineData("-5.8995512345", "−5.90 %")]
    [InlineData("4.2024", "+4.20 %")]
    [InlineData("0", "0.00 %")]
    [InlineData("-0.001", "0.00 %")] // rounds to zero: no sign
    [InlineData("2.005", "+2.01 %")]
    public void Percent_is_signed_with_two_decimals(string value, string expected) => Assert.Equal(expected, HtmlFormat.Percent(D(value)));

    [Fact]
    public void Missing_and_non_finite_figures_show_a_dash()
    {
        Assert.Equal("—", HtmlFormat.Usd(null));
        Assert.Equal("—", HtmlFormat.Price(null));
        Assert.Equal("—", HtmlFormat.Percent(null));
        Assert.Equal("—", HtmlFormat.Number(null, 2));
        Assert.Equal("—", HtmlFormat.Number(double.NaN, 2));
        Assert.Equal("—", HtmlFormat.Date(null));
    }

    [Fact]
    public void Indicators_dates_and_levels()
    {
        Assert.Equal("−0.18", HtmlFormat.Number(-0.184321987, 2));
        Assert.Equal("24.3", HtmlFormat.Number(24.318765432, 1));
        Assert.Equal("−1,234.57", HtmlFormat.Number(-1234.56789, 2));
        Assert.Equal("5 Feb 2026", HtmlFormat.Date(new DateOnly(2026, 2, 5)));
        Assert.Equal("5 February 2026", HtmlFormat.LongDate(new DateOnly(2026, 2, 5)));
        Assert.Equal("20,812.40", HtmlFormat.Level(20_812.4m));
        Assert.Equal("$74,420", HtmlFormat.ShortPrice(74_420.00m));
        Assert.Equal("$89,174", HtmlFormat.ShortPrice(89_173.6394m));
        Assert.Equal("$88.5", HtmlFormat.ShortPrice(88.4952m));
        Assert.Equal("$1.39", HtmlFormat.ShortPrice(1.3911m));
        Assert.Equal("$0.1235", HtmlFormat.ShortPrice(0.12345m));
        Assert.Equal("neg", HtmlFormat.SignClass(-0.01m));
        Assert.Equal("pos", HtmlFormat.SignClass(0.01m));
        Assert.Null(HtmlFormat.SignClass(0m));
        Assert.Null(HtmlFormat.SignClass(null));
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
