using System.Text;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class HeaderTests : IDisposable
{
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("daily/BTC.csv", "Date,Open,High,Low,Close,Volume\n", "Date,Open,High,Low,Close,Adj Close,Volume", "Date,Open,High,Low,Close,Volume")]
    [InlineData("cross/GOLD.csv", "Date,Close\n", "Date,Open,High,Low,Close,Adj Close,Volume", "Date,Close")]
    [InlineData("global.csv", "date,market_cap,volume\n", "date,total_market_cap_usd,total_volume_usd", "date,market_cap,volume")]
    [InlineData("derivatives/BTC.csv", "date,open_interest_usd\n", "date,open_interest_usd,long_liquidations_usd,short_liquidations_usd", "date,open_interest_usd")]
    [InlineData("events.csv", "date,kind,text\n", "date,kind,text,source_url", "date,kind,text")]
    public async Task Wrong_header_fails_naming_file_line_expected_and_found(string file, string content, string expected, string found)
    {
        folder.Write(file, content);

        Assert.Equal($"{file}:1: expected header {expected} but found {found}", await folder.LoadFailureAsync());
    }

    [Fact]
    public async Task Wrong_provenance_header_fails()
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2024-01-01,1,\n")
            .Write("provenance.csv", "path,provider,synthetic\n");

        Assert.Equal("provenance.csv:1: expected header file,provider,synthetic but found path,provider,synthetic",
            await folder.LoadFailureAsync());
    }

    [Theory]
    [InlineData("global.csv", "2024-01-01,1650000000000,\n2024-01-02,1700000000000,\n",
        "global.csv:1: expected header date,total_market_cap_usd,total_volume_usd but found 2024-01-01,1650000000000,")]
    [InlineData("derivatives/ETH.csv", "",
        "derivatives/ETH.csv:1: expected header date,open_interest_usd,long_liquidations_usd,short_liquidations_usd but the file is empty")]
    [InlineData("global.csv", "\ndate,total_market_cap_usd,total_volume_usd\n",
        "global.csv:1: expected header date,total_market_cap_usd,total_volume_usd but found an empty line")]
    public async Task Missing_header_fails_saying_what_was_found_instead(string file, string content, string message)
    {
        folder.Write(file, content);

        Assert.Equal(message, await folder.LoadFailureAsync());
    }

    [Fact]
    public async Task Header_match_ignores_case_surrounding_spaces_and_a_byte_order_mark()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var text = " DATE , Total_Market_Cap_USD,total_volume_usd \n2024-01-01,1650000000000.5,42000000000\n";
        folder.WriteBytes("global.csv", [.. bom, .. Encoding.UTF8.GetBytes(text)]);

        var data = await folder.LoadAsync();

        var point = Assert.Single(data.Global);
        Assert.Equal(1650000000000.5m, point.TotalMarketCapUsd);
        Assert.Equal(42000000000m, point.TotalVolumeUsd);
        Assert.Empty(data.Warnings);
    }
}
