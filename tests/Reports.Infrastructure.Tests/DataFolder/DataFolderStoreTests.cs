using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class DataFolderStoreTests : IDisposable
{
    private const string YahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume";
    private readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_missing_folder_fails()
    {
        var missing = Path.Combine(folder.Path, "nowhere");

        var error = await Assert.ThrowsAsync<MarketDataException>(() => new DataFolderStore(missing).LoadAsync(null, CancellationToken.None));

        Assert.Equal($"data folder not found: {missing}", error.Message);
    }

    [Fact]
    public async Task A_folder_without_data_files_fails()
    {
        folder.Write("README.md", "notes\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "daily"));

        Assert.Equal($"no data found in {folder.Path}", await folder.LoadFailureAsync());
    }

    [Fact]
    public void Description_is_the_folder()
    {
        Assert.Equal("samples/", new DataFolderStore("samples/").Description);
    }

    [Fact]
    public async Task Assets_come_from_any_of_daily_4h_and_derivatives_ordered_btc_eth_then_alphabetically()
    {
        const string Row = "2026-02-01,1,2,1,2,2,5";
        folder.Write("daily/SOL.csv", $"{YahooHeader}\n{Row}\n")
            .Write("daily/eth.csv", $"{YahooHeader}\n{Row}\n")
            .Write("4h/XRP.csv", "1769904000000,1,2,1,2,0,1769918399999,7,0,0,0,0\n")
            .Write("derivatives/ADA.csv", "date,open_interest_usd,long_liquidations_usd,short_liquidations_usd\n2026-02-01,1,,\n")
            .Write("4h/BTC.csv", "1769904000000,1,2,1,2,0,1769918399999,7,0,0,0,0\n")
            .Write("cross/SILVER.csv", $"{YahooHeader}\n{Row}\n")
            .Write("cross/GOLD.csv", $"{YahooHeader}\n{Row}\n");

        var data = await folder.LoadAsync();

        Assert.Equal(["BTC", "ETH", "ADA", "SOL", "XRP"], data.Assets.Select(a => a.Symbol));
        Assert.Equal(["GOLD", "SILVER"], data.CrossMarkets.Select(m => m.Name));
        Assert.Equal((0, 1, 0), (data.Assets[0].Daily.Count, data.Assets[0].FourHour.Count, data.Assets[0].Derivatives.Count));
        Assert.Equal("daily/eth.csv", Assert.Single(data.Sources, s => s.Name == "ETH daily candles").Origin);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task Through_drops_every_row_after_the_day()
    {
        folder.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-04,100,\n2026-02-05,200,\n2026-02-06,300,\n")
            .Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n2026-02-05,1,3,1,3,3,5\n2026-02-06,1,4,1,4,4,5\n")
            .Write("4h/BTC.csv", string.Join("\n",
                "1770235200000,1,2,1,2,0,1770249599999,7,0,0,0,0",  // 2026-02-04 20:00
                "1770249600000,1,2,1,2,0,1770263999999,7,0,0,0,0",  // 2026-02-05 00:00
                "1770321600000,1,2,1,2,0,1770335999999,7,0,0,0,0",  // 2026-02-05 20:00: last candle of the day
                "1770336000000,1,2,1,2,0,1770350399999,7,0,0,0,0")  // 2026-02-06 00:00
                + "\n")
            .Write("derivatives/BTC.csv", "date,open_interest_usd,long_liquidations_usd,short_liquidations_usd\n2026-02-05,1,,\n2026-02-06,2,,\n")
            .Write("cross/GOLD.csv", $"{YahooHeader}\n2026-02-05,1,2,1,2,2,5\n2026-02-06,1,2,1,2,2,5\n")
            // Events alone reach 14 days past D (the calendar of scheduled events); the 15th day is out.
            .Write("events.csv", "date,kind,text,source_url\n2026-02-05,macro,In,\n2026-02-19,central-bank,Scheduled,\n2026-02-20,macro,Out,\n");

        var data = await folder.LoadAsync(Day("2026-02-05"));

        Assert.Equal([100m, 200m], data.Global.Select(p => p.TotalMarketCapUsd));
        var btc = data.Asset("BTC")!;
        Assert.Equal([Day("2026-02-04"), Day("2026-02-05")], btc.Daily.Select(c => c.Day));
        Assert.Equal(Utc("2026-02-05T20:00:00"), btc.FourHour[^1].OpenTime);
        Assert.Equal(3, btc.FourHour.Count);
        Assert.Equal([Day("2026-02-05")], btc.Derivatives.Select(p => p.Date));
        Assert.Equal([Day("2026-02-05")], data.CrossMarkets[0].Daily.Select(c => c.Day));
        Assert.Equal(["In", "Scheduled"], data.Events.Select(e => e.Text));
        Assert.Equal(Day("2026-02-05"), data.LastDay);
        Assert.All(data.Sources.Where(s => s.Origin != "events.csv"), s => Assert.Equal(Day("2026-02-05"), s.To));
        Assert.Equal(Day("2026-02-19"), Assert.Single(data.Sources, s => s.Origin == "events.csv").To);
        Assert.Equal(3, Assert.Single(data.Sources, s => s.Origin == "4h/BTC.csv").Rows);
        // The 4h gap from 04:00 to 16:00 on the 5th is inside the kept range; nothing after the 5th is reported.
        Assert.Equal(["4h/BTC.csv: 4 missing 4-hour candles inside the series: 2026-02-05 04:00 UTC, 2026-02-05 08:00 UTC, 2026-02-05 12:00 UTC, 2026-02-05 16:00 UTC"],
            data.Texts());
    }

    [Fact]
    public async Task An_events_file_with_nothing_within_the_horizon_names_the_horizon_day()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-05,1,2,1,2,2,5\n")
            .Write("events.csv", "date,kind,text,source_url\n2026-02-20,macro,Later,\n");

        var data = await folder.LoadAsync(Day("2026-02-05"));

        Assert.Empty(data.Events);
        Assert.Equal(["events.csv: no data rows on or before 2026-02-19"], data.Texts());
    }

    [Fact]
    public async Task Bad_rows_after_through_do_not_warn()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n2026-02-05,null,null,null,null,null,null\n2026-02-07,x,2,1,2,2,5\n");

        var data = await folder.LoadAsync(Day("2026-02-04"));

        Assert.Single(data.Asset("BTC")!.Daily);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task A_file_with_no_rows_on_or_before_through_is_warned_but_the_asset_still_listed()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n")
            .Write("daily/ETH.csv", $"{YahooHeader}\n2026-02-06,1,2,1,2,2,5\n");

        var data = await folder.LoadAsync(Day("2026-02-05"));

        Assert.Equal(["BTC", "ETH"], data.Assets.Select(a => a.Symbol));
        Assert.Empty(data.Asset("ETH")!.Daily);
        Assert.Equal(new SourceInfo("ETH daily candles", "daily/ETH.csv", null, null, 0), data.Sources[1]);
        Assert.Equal(["daily/ETH.csv: no data rows on or before 2026-02-05"], data.Texts());
    }

    [Fact]
    public async Task Files_that_do_not_fit_the_format_are_ignored_with_a_warning()
    {
        folder.Write("daily/BTC-USD.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n")
            .Write("daily/ETH.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n")
            .Write("daily/ABCDEFGHIJKLMNOPQRSTU.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n")
            .Write("daily/notes.txt", "hello\n")
            .Write("daily/.DS_Store", "x")
            .Write("1h/BTC.csv", "x\n")
            .Write("prices.csv", "x\n")
            .Write("README.md", "about this folder\n");

        var data = await folder.LoadAsync();

        Assert.Equal(["ETH"], data.Assets.Select(a => a.Symbol));
        Assert.Equal(
            [
                "1h/: not a folder of the data-folder format; ignored",
                "daily/ABCDEFGHIJKLMNOPQRSTU.csv: 'ABCDEFGHIJKLMNOPQRSTU' is not a usable name (1-20 letters A-Z or digits, e.g. BTC.csv); file ignored",
                "daily/BTC-USD.csv: 'BTC-USD' is not a usable name (1-20 letters A-Z or digits, e.g. BTC.csv); file ignored",
                "daily/notes.txt: not a .csv file; ignored",
                "prices.csv: not a file of the data-folder format; ignored",
            ],
            data.Texts());
    }

    [Fact]
    public async Task Folder_and_file_names_match_in_any_case()
    {
        folder.Write("Daily/btc.CSV", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n")
            .Write("Global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-04,100,\n");

        var data = await folder.LoadAsync();

        Assert.Equal("BTC", Assert.Single(data.Assets).Symbol);
        Assert.Equal(["Global.csv", "Daily/btc.CSV"], data.Sources.Select(s => s.Origin));
    }

    [Fact]
    public async Task Two_files_naming_the_same_asset_fail()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n")
            .Write("daily/btc.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n");

        Assert.Equal("both daily/BTC.csv and daily/btc.csv name BTC; keep one", await folder.LoadFailureAsync());
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DataFolderStore(folder.Path).LoadAsync(null, cancelled.Token));
    }

    [Fact]
    public void Cancellation_stops_reading_in_the_middle_of_a_file()
    {
        folder.Write("daily/BTC.csv", $"{YahooHeader}\n2026-02-04,1,2,1,2,2,5\n2026-02-05,1,2,1,2,2,5\n2026-02-06,1,2,1,2,2,5\n");
        var file = new DataFile(Path.Combine(folder.Path, "daily/BTC.csv"), "daily/BTC.csv");
        using var cancellation = new CancellationTokenSource();
        var read = new List<int>();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var row in CsvFileReader.Read(file, ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"], [], cancellation.Token))
            {
                read.Add(row.Line);
                cancellation.Cancel();
            }
        });

        Assert.Equal([2], read);
    }
}
