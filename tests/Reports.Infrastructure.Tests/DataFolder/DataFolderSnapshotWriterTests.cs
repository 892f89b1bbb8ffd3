using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>What `Reports.Cli ingest` does with fetched days: add them to a folder, never replacing rows already there.</summary>
public class DataFolderSnapshotWriterTests
{
    private static readonly DateOnly Day = new(2026, 2, 5);

    private static DailySnapshot Snapshot(DateOnly day, decimal close, string source = "binance") => new(
        source,
        day,
        new MarketCapPoint(day, 2_100_000_000_000m, 90_000_000_000m),
        [new AssetDay("BTC", Candle.Daily(day, close, close + 100, close - 100, close, 1_000_000m), [], new DerivativesPoint(day, 40_000_000_000m, null, null))],
        [new CrossMarketDay("GOLD", Candle.Daily(day, 400m, 401m, 399m, 400.5m, 0m))]);

    private static Task<StoreOutcome> WriteAsync(DataFolderSnapshotWriter writer, DailySnapshot snapshot) =>
        writer.WriteAsync(new SourceFetch(snapshot, []), SnapshotLabel.Observed, CancellationToken.None);

    [Fact]
    public async Task A_new_folder_gets_the_fetched_day_in_the_documented_format()
    {
        using var folder = new TempDataFolder();
        var target = Path.Combine(folder.Path, "new");
        using var writer = new DataFolderSnapshotWriter(target);

        Assert.Equal(StoreOutcome.Stored, await WriteAsync(writer, Snapshot(Day, 62_000m)));

        var data = await new DataFolderStore(target).LoadAsync(null, CancellationToken.None);
        Assert.Equal(62_000m, Assert.Single(data.Asset("BTC")!.Daily).Close);
        Assert.Equal(2_100_000_000_000m, Assert.Single(data.Global).TotalMarketCapUsd);
        Assert.Equal(40_000_000_000m, Assert.Single(data.Asset("BTC")!.Derivatives).OpenInterestUsd);
        Assert.Equal(400.5m, Assert.Single(Assert.Single(data.CrossMarkets).Daily).Close);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public async Task The_next_day_is_appended_and_a_refetch_of_a_stored_day_does_not_replace_it()
    {
        using var folder = new TempDataFolder();
        using var writer = new DataFolderSnapshotWriter(folder.Path);
        await WriteAsync(writer, Snapshot(Day, 62_000m));

        // Written side by side, as IngestDay writes its sources: neither write may lose the other's rows.
        await Task.WhenAll(WriteAsync(writer, Snapshot(Day.AddDays(1), 63_000m)), WriteAsync(writer, Snapshot(Day, 61_000m, "other")));

        var daily = (await folder.LoadAsync()).Asset("BTC")!.Daily;
        Assert.Equal([62_000m, 63_000m], daily.Select(c => c.Close));
    }

    [Fact]
    public async Task A_day_that_breaks_the_snapshot_rules_is_refused_and_nothing_is_written()
    {
        using var folder = new TempDataFolder();
        var target = Path.Combine(folder.Path, "new");
        using var writer = new DataFolderSnapshotWriter(target);
        var broken = Snapshot(Day, 62_000m) with { Assets = [new AssetDay("btc", Candle.Daily(Day, 1m, 2m, 1m, 2m, 1m), [], null)] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(writer, broken));

        Assert.Contains("asset symbol 'btc' is not an upper-case symbol", error.Message);
        Assert.False(Directory.Exists(target));
    }
}
