using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class MarketCapsCsvTests : IDisposable
{
    private const string Header = "date,symbol,market_cap_usd,category";
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Task<MarketData> LoadAsync(params string[] rows)
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-01,100,\n");
        folder.Write("marketcaps.csv", string.Join("\n", [Header, .. rows]) + "\n");
        return folder.LoadAsync();
    }

    [Fact]
    public async Task Reads_caps_exactly_sorted_by_day_then_ticker_with_their_category()
    {
        var data = await LoadAsync(
            "2026-02-02,usdt,186012345678.5,Stablecoin",
            "2026-02-01,BTC,1254316032551.12,other",
            "2026-02-01,BTC.B,900,other",
            "2026-02-02,BTC,1200000000000,other");

        Assert.Equal(
            [
                new CoinMarketCap(Day("2026-02-01"), "BTC", 1254316032551.12m, CoinCategory.Other),
                new CoinMarketCap(Day("2026-02-01"), "BTC.B", 900m, CoinCategory.Other),
                new CoinMarketCap(Day("2026-02-02"), "BTC", 1200000000000m, CoinCategory.Other),
                new CoinMarketCap(Day("2026-02-02"), "USDT", 186012345678.5m, CoinCategory.Stablecoin),
            ],
            data.CoinCaps);
        Assert.Equal(["marketcaps.csv:3: rows are not in time order (2026-02-01 BTC comes after 2026-02-02 USDT); sorted"], data.Texts());
        var source = Assert.Single(data.Sources, s => s.Name == "Per-coin market caps");
        Assert.Equal(("marketcaps.csv", Day("2026-02-01"), Day("2026-02-02"), 4), (source.Origin, source.From, source.To, source.Rows));
    }

    [Theory]
    [InlineData("2026-02-02,BTC,0,other", "market_cap_usd 0 is not positive")]
    [InlineData("2026-02-02,BTC,-3,other", "market_cap_usd -3 is not positive")]
    [InlineData("2026-02-02,BTC,,other", "market_cap_usd is empty")]
    [InlineData("2026-02-02,BTC,lots,other", "market_cap_usd 'lots' is not a number")]
    [InlineData("2026-02-02,BTC,5,meme", "category 'meme' is not stablecoin or other")]
    [InlineData("2026-02-02,B T C,5,other", "symbol 'B T C' is not a ticker (1-20 characters A-Z, 0-9, '.' or '-', starting with a letter or digit)")]
    [InlineData("2026-02-02,-BTC,5,other", "symbol '-BTC' is not a ticker (1-20 characters A-Z, 0-9, '.' or '-', starting with a letter or digit)")]
    public async Task Bad_rows_are_skipped_with_a_line_numbered_warning(string row, string problem)
    {
        var data = await LoadAsync("2026-02-01,BTC,100,other", row, "2026-02-03,BTC,300,other");

        Assert.Equal([100m, 300m], data.CoinCaps.Select(c => c.MarketCapUsd));
        Assert.Equal([$"marketcaps.csv:3: {problem}; row skipped", "marketcaps.csv: 1 missing day inside the series: 2026-02-02"], data.Texts());
    }

    [Fact]
    public async Task A_repeated_row_is_kept_once_and_a_conflicting_one_fails()
    {
        var data = await LoadAsync("2026-02-01,BTC,100,other", "2026-02-01,BTC,100,other");
        Assert.Single(data.CoinCaps);
        Assert.Equal(["marketcaps.csv:3: duplicate of line 2 (2026-02-01 BTC); kept one"], data.Texts());

        folder.Write("marketcaps.csv", $"{Header}\n2026-02-01,BTC,100,other\n2026-02-01,BTC,101,other\n");
        Assert.Equal("marketcaps.csv:3: 2026-02-01 BTC appears again with different values (first on line 2)", await folder.LoadFailureAsync());
    }

    [Fact]
    public async Task Rows_after_the_report_day_are_not_read()
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-01,100,\n");
        folder.Write("marketcaps.csv", $"{Header}\n2026-02-01,BTC,100,other\n2026-02-02,BTC,bad,other\n");

        var data = await new DataFolderStore(folder.Path).LoadAsync(Day("2026-02-01"), CancellationToken.None);

        Assert.Equal(["BTC"], data.CoinCaps.Select(c => c.Symbol));
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Warnings_are_bounded_per_file()
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-01,100,\n");
        folder.Write("marketcaps.csv", Header + "\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"2026-02-01,C{i},0,other\n")));

        var data = await new DataFolderStore(folder.Path, limits: new DataFolderLimits(MaxWarningsPerFile: 5)).LoadAsync(null, CancellationToken.None);

        Assert.Empty(data.CoinCaps);
        Assert.Equal(7, data.Warnings.Count(w => w.Source == "marketcaps.csv"));
        Assert.Contains(data.Texts(), t => t == "marketcaps.csv: and 495 more warnings (rows skipped or repaired) not listed");
    }

    [Fact]
    public async Task A_folder_without_marketcaps_has_no_caps_and_no_warning()
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-01,100,\n");

        var data = await folder.LoadAsync();

        Assert.Empty(data.CoinCaps);
        Assert.Empty(data.Warnings);
        Assert.DoesNotContain(data.Sources, s => s.Name == "Per-coin market caps");
    }

    [Fact]
    public async Task A_wrong_header_fails_like_every_other_file()
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-01,100,\n");
        folder.Write("marketcaps.csv", "date,symbol,cap\n2026-02-01,BTC,100\n");

        Assert.Equal("marketcaps.csv:1: expected header date,symbol,market_cap_usd,category but found date,symbol,cap", await folder.LoadFailureAsync());
    }

    /// <summary>Days 2026-01-01 .. 2026-03-31 of totals, and one BTC cap a day from <paramref name="capRows"/>.</summary>
    private void WriteQuarter(IEnumerable<string> capRows)
    {
        var days = Enumerable.Range(0, 90).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToList();
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n" + string.Concat(days.Select(d => $"{d:yyyy-MM-dd},100,\n")));
        folder.Write("marketcaps.csv", Header + "\n" + string.Concat(capRows.Select(r => r + "\n")));
    }

    private static IEnumerable<string> BtcEveryDay(int days) =>
        Enumerable.Range(0, days).Select(i => $"{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd},BTC,{i + 1},other");

    [Fact]
    public async Task A_report_reads_only_the_caps_of_the_days_its_attribution_reads()
    {
        WriteQuarter(BtcEveryDay(90));
        var store = new DataFolderStore(folder.Path);

        var given = await store.LoadForReportAsync(Day("2026-03-01"), coinCapDays: 31, CancellationToken.None);
        var latest = await store.LoadForReportAsync(null, coinCapDays: 31, CancellationToken.None);

        Assert.Equal((Day("2026-01-30"), Day("2026-03-01"), 31), (given.CoinCaps[0].Date, given.CoinCaps[^1].Date, given.CoinCaps.Count));
        // Without a day, the report's day is the last of the daily series (2026-03-31).
        Assert.Equal((Day("2026-03-01"), Day("2026-03-31"), 31), (latest.CoinCaps[0].Date, latest.CoinCaps[^1].Date, latest.CoinCaps.Count));
        var source = Assert.Single(given.Sources, s => s.Name == "Per-coin market caps");
        Assert.Equal((Day("2026-01-30"), Day("2026-03-01"), 31), (source.From, source.To, source.Rows));
        Assert.Equal(90, (await store.LoadAsync(null, CancellationToken.None)).CoinCaps.Count);
    }

    [Fact]
    public async Task Rows_older_than_the_report_reads_are_not_checked_and_rows_inside_still_are()
    {
        WriteQuarter(["2026-01-05,BTC,lots,other", .. BtcEveryDay(90).Skip(5).Take(50), "2026-02-25,BTC,-1,other", .. BtcEveryDay(90).Skip(56)]);

        var data = await new DataFolderStore(folder.Path).LoadForReportAsync(Day("2026-03-31"), coinCapDays: 40, CancellationToken.None);

        Assert.Equal(39, data.CoinCaps.Count);
        Assert.Equal(["marketcaps.csv:53: market_cap_usd -1 is not positive; row skipped", "marketcaps.csv: 1 missing day inside the series: 2026-02-25"], data.Texts());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task Old_rows_the_reader_drops_unread_keep_every_later_line_number_right(string newline)
    {
        // Rows 2-6 are old and plain (dropped before CsvHelper sees them); line 7 is old but quoted, so CsvHelper
        // reads from there on; line 9 is an in-window row among old ones (an unsorted file), line 12 a bad row.
        string[] rows =
        [
            "2026-01-01,BTC,1,other", "2026-01-02,BTC,x,other", "2026-01-03,BTC,3,other", "2026-01-04,BTC", "2026-01-05,BTC,5,other",
            "\"2026-01-06\",BTC,6,other", "2026-01-07,BTC,7,other", "2026-03-02,ETH,9,other", "2026-01-08,BTC,8,other",
            .. BtcEveryDay(90).Skip(59).Take(2), "2026-03-03,BTC,-1,other", .. BtcEveryDay(90).Skip(62),
        ];
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n" + string.Concat(Enumerable.Range(0, 90).Select(i => $"{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd},100,\n")));
        folder.Write("marketcaps.csv", string.Join(newline, [Header, .. rows]) + newline);

        var data = await new DataFolderStore(folder.Path).LoadForReportAsync(Day("2026-03-31"), coinCapDays: 31, CancellationToken.None);

        Assert.Equal(Day("2026-03-01"), data.CoinCaps[0].Date);
        Assert.Contains(new CoinMarketCap(Day("2026-03-02"), "ETH", 9m, CoinCategory.Other), data.CoinCaps);
        Assert.Equal(31, data.CoinCaps.Count(c => c.Symbol == "BTC") + 1);
        Assert.Equal(
            [
                "marketcaps.csv:13: market_cap_usd -1 is not positive; row skipped",
                "marketcaps.csv:11: rows are not in time order (2026-03-01 BTC comes after 2026-03-02 ETH); sorted",
                "marketcaps.csv: 1 missing day inside the series: 2026-03-03",
            ],
            data.Texts());
    }

    [Fact]
    public async Task A_line_over_the_limit_among_the_old_rows_still_fails_the_load_with_its_line()
    {
        WriteQuarter([.. BtcEveryDay(90).Take(3), "2026-01-04,BTC," + new string('9', DataFolderLimits.Default.MaxLineChars) + ",other", .. BtcEveryDay(90).Skip(4)]);

        var failure = await Assert.ThrowsAsync<MarketDataException>(() => new DataFolderStore(folder.Path).LoadForReportAsync(Day("2026-03-31"), coinCapDays: 31, CancellationToken.None));

        Assert.Equal($"marketcaps.csv:5: a line longer than {DataFolderLimits.Default.MaxLineChars:N0} characters; data files have short lines (is it a CSV file?)", failure.Message);
    }

    [Fact]
    public async Task Caps_that_stop_before_the_report_reads_give_a_warning_naming_the_days_read()
    {
        WriteQuarter(BtcEveryDay(20));

        var data = await new DataFolderStore(folder.Path).LoadForReportAsync(Day("2026-03-31"), coinCapDays: 31, CancellationToken.None);

        Assert.Empty(data.CoinCaps);
        Assert.Equal(["marketcaps.csv: no data rows from 2026-03-01 to 2026-03-31"], data.Texts());
    }
}
