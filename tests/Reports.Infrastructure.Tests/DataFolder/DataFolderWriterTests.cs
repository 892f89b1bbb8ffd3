using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;
using static Reports.Infrastructure.Tests.DataFolder.TestDates;

namespace Reports.Infrastructure.Tests.DataFolder;

public sealed class DataFolderWriterTests : IDisposable
{
    private readonly TempDataFolder source = new();
    private readonly TempDataFolder target = new();

    public void Dispose()
    {
        source.Dispose();
        target.Dispose();
    }

    [Fact]
    public async Task A_loaded_folder_written_back_loads_to_the_same_market_data()
    {
        source.Write("global.csv", "date,total_market_cap_usd,total_volume_usd\n2026-02-04,2712345678901.25,98765432101.5\n2026-02-05,2650000000000,\n")
            .Write("daily/BTC.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2026-02-04,76000.5,77010.25,72800,73019.123456,73019.123456,61234567890\n2026-02-05,73019.123456,73500,70010.01,71000,71000,0\n")
            .Write("4h/BTC.csv", "1770249600000000,73019.12,73500.00,72900.00,73100.50,812.5,1770263999999999,59400123.45678,1000,400,29000000.5,0\n1770264000000,73100.5,73200,72000,72100,900,1770278399999,65000000,1,0,0,0\n")
            .Write("derivatives/ETH.csv", "date,open_interest_usd,long_liquidations_usd,short_liquidations_usd\n2026-02-04,21000000000.75,,3000000\n")
            .Write("cross/NASDAQ.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2026-02-04,21000.1,21100.2,20800.3,20900.4,20900.4,8123456789\n")
            .Write("events.csv", "date,kind,text,source_url\n2026-02-04,macro,\"Fed holds, \"\"patient\"\"\nsecond line\",https://example.org/fed\n2026-02-05,etf,Outflows,\n")
            .Write("provenance.csv", "file,provider,synthetic\n*.csv,Yahoo Finance,false\n4h/*.csv,Binance public data,false\nevents.csv,Hand-written sample,true\n");
        var loaded = await source.LoadAsync();
        Assert.Empty(loaded.Warnings);

        await new DataFolderWriter(target.Path).WriteAsync(loaded, CancellationToken.None);
        var reloaded = await target.LoadAsync();

        Assert.Equal(loaded.Global, reloaded.Global);
        Assert.Equal(loaded.Assets.Select(a => a.Symbol), reloaded.Assets.Select(a => a.Symbol));
        foreach (var (before, after) in loaded.Assets.Zip(reloaded.Assets))
        {
            Assert.Equal(before.Daily, after.Daily);
            Assert.Equal(before.FourHour, after.FourHour);
            Assert.Equal(before.Derivatives, after.Derivatives);
        }

        Assert.Equal(loaded.CrossMarkets.Select(m => m.Name), reloaded.CrossMarkets.Select(m => m.Name));
        Assert.Equal(loaded.CrossMarkets[0].Daily, reloaded.CrossMarkets[0].Daily);
        Assert.Equal(loaded.Events, reloaded.Events);
        Assert.Equal(loaded.Sources, reloaded.Sources);
        Assert.Empty(reloaded.Warnings);
        Assert.Equal("Fed holds, \"patient\"\nsecond line", reloaded.Events[0].Text);
        Assert.Equal(("Hand-written sample", true), (reloaded.Sources[^1].Provenance, reloaded.Sources[^1].Synthetic));
    }

    [Fact]
    public async Task Files_are_written_in_the_documented_formats()
    {
        var writer = new DataFolderWriter(target.Path);
        var day = Day("2026-02-04");

        await writer.WriteDailyAsync("BTC", [Candle.Daily(day, 76000.5m, 77010.25m, 72800m, 73019.10m, 61234567890m)], CancellationToken.None);
        await writer.WriteFourHourAsync("BTC", [new Candle(Utc("2026-02-04T04:00:00"), 1.5m, 2m, 1m, 1.75m, 123.45m)], CancellationToken.None);
        await writer.WriteGlobalAsync([new MarketCapPoint(day, 2.5e12m, null)], CancellationToken.None);
        await writer.WriteDerivativesAsync("BTC", [new DerivativesPoint(day, 1m, null, 0m)], CancellationToken.None);
        await writer.WriteEventsAsync([new MarketEvent(day, "macro", "Rates, held", null)], CancellationToken.None);
        await writer.WriteProvenanceAsync([new ProvenanceRule("4h/*.csv", "Binance", false)], CancellationToken.None);

        Assert.Equal("Date,Open,High,Low,Close,Adj Close,Volume\n2026-02-04,76000.5,77010.25,72800,73019.10,73019.10,61234567890\n", target.Read("daily/BTC.csv"));
        Assert.Equal("1770177600000,1.5,2,1,1.75,0,1770191999999,123.45,0,0,0,0\n", target.Read("4h/BTC.csv"));
        Assert.Equal("date,total_market_cap_usd,total_volume_usd\n2026-02-04,2500000000000,\n", target.Read("global.csv"));
        Assert.Equal("date,open_interest_usd,long_liquidations_usd,short_liquidations_usd\n2026-02-04,1,,0\n", target.Read("derivatives/BTC.csv"));
        Assert.Equal("date,kind,text,source_url\n2026-02-04,macro,\"Rates, held\",\n", target.Read("events.csv"));
        Assert.Equal("file,provider,synthetic\n4h/*.csv,Binance,false\n", target.Read("provenance.csv"));
        Assert.Empty(Directory.EnumerateFiles(target.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Writing_replaces_a_file_and_leaves_others_alone()
    {
        target.Write("daily/BTC.csv", "old\n").Write("cross/GOLD.csv", "untouched\n");

        await new DataFolderWriter(target.Path).WriteDailyAsync("BTC", [Candle.Daily(Day("2026-02-04"), 1m, 2m, 1m, 2m, 3m)], CancellationToken.None);

        Assert.Equal("Date,Open,High,Low,Close,Adj Close,Volume\n2026-02-04,1,2,1,2,2,3\n", target.Read("daily/BTC.csv"));
        Assert.Equal("untouched\n", target.Read("cross/GOLD.csv"));
    }

    [Fact]
    public async Task Names_and_times_the_reader_would_reject_are_refused()
    {
        var writer = new DataFolderWriter(target.Path);

        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteDailyAsync("BTC-USD", [], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteDailyAsync("BTC",
            [new Candle(Utc("2026-02-04T04:00:00"), 1m, 2m, 1m, 2m, 3m)], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.WriteFourHourAsync("BTC",
            [new Candle(Utc("2026-02-04T05:00:00"), 1m, 2m, 1m, 2m, 3m)], CancellationToken.None));
        Assert.Empty(Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_no_file_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DataFolderWriter(target.Path)
            .WriteGlobalAsync([new MarketCapPoint(Day("2026-02-04"), 1m, null)], cancelled.Token));

        Assert.Empty(Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories));
    }
}
