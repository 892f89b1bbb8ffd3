using Reports.Domain.Market;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class YahooDailyCsvTests : IDisposable
{
    private const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";
    private const string Jan1 = "2024-01-01,42280.234375,44175.437500,42214.976563,44167.332031,44167.332031,18426978443";
    private const string Jan2 = "2024-01-02,44187.140625,45899.707031,44176.949219,44957.968750,44957.968750,39335274536";
    private const string Jan3 = "2024-01-03,44961.601563,45503.242188,40813.535156,42848.175781,42848.175781,46342323118";

    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    private async Task<MarketData> LoadBtcAsync(params string[] rows)
    {
        folder.Write("daily/BTC.csv", Csv([Header, .. rows]));
        return await folder.LoadAsync();
    }

    [Fact]
    public async Task Reads_every_column_exactly_and_ignores_adj_close()
    {
        var data = await LoadBtcAsync(Jan1, "2024-01-02,44187.140625,45899.707031,44176.949219,44957.968750,1,39335274536");

        var daily = data.Asset("BTC")!.Daily;
        Assert.Equal(
            [
                Candle.Daily(Day("2024-01-01"), 42280.234375m, 44175.4375m, 42214.976563m, 44167.332031m, 18426978443m),
                Candle.Daily(Day("2024-01-02"), 44187.140625m, 45899.707031m, 44176.949219m, 44957.96875m, 39335274536m),
            ],
            daily);
        Assert.Equal(TimeSpan.Zero, daily[0].OpenTime.Offset);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Yahoo_null_row_is_skipped_with_a_warning()
    {
        var data = await LoadBtcAsync(Jan1, "2024-01-02,null,null,null,null,null,null", Jan3);

        Assert.Equal([Day("2024-01-01"), Day("2024-01-03")], data.Asset("BTC")!.Daily.Select(c => c.Day));
        Assert.Contains("daily/BTC.csv:3: no quote for 2024-01-02 (Yahoo \"null\" row); row skipped", data.Texts());
    }

    [Fact]
    public async Task Blank_lines_are_skipped_with_a_warning_but_the_final_newline_is_not_a_blank_line()
    {
        var data = await LoadBtcAsync(Jan1, "", Jan2, "   ", Jan3);

        Assert.Equal(3, data.Asset("BTC")!.Daily.Count);
        Assert.Equal(["daily/BTC.csv:3: blank line skipped", "daily/BTC.csv:5: blank line skipped"], data.Texts());
    }

    [Fact]
    public async Task Windows_line_endings_and_no_final_newline_read_the_same()
    {
        folder.Write("daily/BTC.csv", string.Join("\r\n", Header, Jan1, Jan2));

        var data = await folder.LoadAsync();

        Assert.Equal(44957.96875m, data.Asset("BTC")!.Daily[1].Close);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Unparseable_date_fails_naming_file_and_line()
    {
        folder.Write("daily/BTC.csv", Csv(Header, Jan1, "2024/01/02,1,2,1,2,2,5"));

        Assert.Equal("daily/BTC.csv:3: Date '2024/01/02' is not a date in the form yyyy-MM-dd; cannot place the row",
            await folder.LoadFailureAsync());
    }

    [Theory]
    [InlineData("2024-01-02,abc,2,1,2,2,5", "Open 'abc' is not a number")]
    [InlineData("2024-01-02,1,NaN,1,2,2,5", "High 'NaN' is not a finite number")]
    [InlineData("2024-01-02,1,Infinity,1,2,2,5", "High 'Infinity' is not a finite number")]
    [InlineData("2024-01-02,1,2,-1,2,2,5", "Low -1 is not positive")]
    [InlineData("2024-01-02,1,2,1,0,0,5", "Close 0 is not positive")]
    [InlineData("2024-01-02,1,2,1,,2,5", "Close is empty")]
    [InlineData("2024-01-02,1,2,1,2,2,1e40", "Volume '1e40' is out of range")]
    [InlineData("2024-01-02,1.5,1,2,1.5,1.5,5", "High 1 is below Low 2")]
    [InlineData("2024-01-02,3,2,1,1.5,1.5,5", "Open 3 is outside Low..High [1, 2]")]
    [InlineData("2024-01-02,1.5,2,1,0.5,0.5,5", "Close 0.5 is outside Low..High [1, 2]")]
    [InlineData("2024-01-02,1,2,1,2,2,-5", "Volume -5 is negative")]
    [InlineData("2024-01-02,1,2,1,2,2", "expected 7 fields but found 6")]
    public async Task Impossible_values_skip_the_row_with_a_warning(string badRow, string problem)
    {
        var data = await LoadBtcAsync(Jan1, badRow, Jan3);

        Assert.Equal([Day("2024-01-01"), Day("2024-01-03")], data.Asset("BTC")!.Daily.Select(c => c.Day));
        Assert.Equal(42848.175781m, data.Asset("BTC")!.Daily[1].Close);
        Assert.Contains($"daily/BTC.csv:3: {problem}; row skipped", data.Texts());
    }

    [Fact]
    public async Task Zero_volume_is_kept()
    {
        var data = await LoadBtcAsync("2024-01-01,1.5,2,1,1.75,1.75,0");

        Assert.Equal(Candle.Daily(Day("2024-01-01"), 1.5m, 2m, 1m, 1.75m, 0m), Assert.Single(data.Asset("BTC")!.Daily));
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Identical_duplicate_rows_keep_one_with_a_warning()
    {
        var data = await LoadBtcAsync(Jan1, Jan2, Jan2, Jan3);

        Assert.Equal(3, data.Asset("BTC")!.Daily.Count);
        Assert.Equal(["daily/BTC.csv:4: duplicate of line 3 (2024-01-02); kept one"], data.Texts());
    }

    [Fact]
    public async Task Conflicting_duplicate_rows_fail()
    {
        folder.Write("daily/BTC.csv", Csv(Header, Jan1, Jan2, Jan3, Jan2.Replace("44957.968750,44957.968750", "44957.5,44957.5")));

        Assert.Equal("daily/BTC.csv:5: 2024-01-02 appears again with different values (first on line 3)", await folder.LoadFailureAsync());
    }

    [Fact]
    public async Task Unsorted_rows_are_sorted_with_one_warning_per_file()
    {
        var data = await LoadBtcAsync(Jan3, Jan1, Jan2);

        Assert.Equal([Day("2024-01-01"), Day("2024-01-02"), Day("2024-01-03")], data.Asset("BTC")!.Daily.Select(c => c.Day));
        Assert.Equal(["daily/BTC.csv:3: rows are not in time order (2024-01-01 comes after 2024-01-03); sorted"], data.Texts());
    }

    [Fact]
    public async Task Missing_days_inside_a_crypto_series_are_listed_with_their_count()
    {
        var data = await LoadBtcAsync(
            "2024-01-01,1,2,1,2,2,5",
            "2024-01-05,1,2,1,2,2,5",
            "2024-01-07,1,2,1,2,2,5",
            "2024-01-12,1,2,1,2,2,5");

        Assert.Equal(4, data.Asset("BTC")!.Daily.Count);
        Assert.Equal(
            ["daily/BTC.csv: 8 missing days inside the series: 2024-01-02, 2024-01-03, 2024-01-04, 2024-01-06, 2024-01-08, …"],
            data.Texts());
    }

    [Fact]
    public async Task Cross_markets_skip_weekends_and_short_holidays_silently_but_warn_on_longer_gaps()
    {
        folder.Write("cross/GOLD.csv", Csv(Header,
            "2024-03-27,2190.5,2213.5,2189.5,2212.699951,2212.699951,127",   // Wed
            "2024-03-28,2208.5,2254.800049,2208.5,2238.399902,2238.399902,310", // Thu, then Good Friday + weekend
            "2024-04-01,2236.899902,2265,2236.899902,2257.100098,2257.100098,120", // Mon
            "2024-04-02,2250,2281.600098,2250,2280.199951,2280.199951,187",
            "2024-04-08,2330,2352.5,2322.5,2339.699951,2339.699951,98")); // 5 days missing

        var data = await folder.LoadAsync();

        var gold = Assert.Single(data.CrossMarkets);
        Assert.Equal("GOLD", gold.Name);
        Assert.Equal(5, gold.Daily.Count);
        Assert.Equal(2238.399902m, gold.Daily[1].Close);
        Assert.Equal(["cross/GOLD.csv: 1 gap of more than 4 days without trading: 2024-04-03 to 2024-04-07 (5 days)"], data.Texts());
        Assert.Empty(data.Assets);
    }
}
