using Reports.Domain.Market;

namespace Reports.Domain.Tests.Market;

public sealed class AssetSymbolTests
{
    [Theory]
    [InlineData("BTC", "BTC")]
    [InlineData("eth", "ETH")]
    [InlineData("1000SATS", "1000SATS")]
    [InlineData("ABCDEFGHIJKLMNOPQRST", "ABCDEFGHIJKLMNOPQRST")]
    public void Letters_and_digits_up_to_20_are_read_in_upper_case(string text, string expected)
    {
        Assert.True(AssetSymbol.TryParse(text, out var symbol));
        Assert.Equal(expected, symbol.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    [InlineData("BTC-USD")]
    [InlineData("BTC ")]
    [InlineData("BTC\n")]
    [InlineData("../BTC")]
    [InlineData("BTÇ")]
    [InlineData("ＢＴＣ")]
    public void Anything_else_is_refused(string? text) => Assert.False(AssetSymbol.TryParse(text, out _));

    [Fact]
    public void Stored_data_must_already_be_upper_case()
    {
        Assert.True(AssetSymbol.IsCanonical("BTC"));
        Assert.False(AssetSymbol.IsCanonical("btc"));
    }
}
