using Reports.Domain.Market;
using Reports.Infrastructure.DataFolder;

namespace Reports.Infrastructure.Tests.DataFolder;

/// <summary>What `Reports.Cli ingest` does with fetched days: add them to a folder, never replacing rows already there.</summary>
public class DataFolderAppenderTests
{
    private static readonly DateOnly Day = new(2026, 2, 5);

    private static DailySnapshot Snapshot(DateOnly day, decimal close, string source = "binance") => new(
        source,
        day,
        new MarketCapPoint(day, 2_100_000_000_000m, 90_000_000_000m),
        [new AssetDay("BTC", Candle.Daily(day, close, close + 100, close - 100, close, 1_000_000m), [], new DerivativesPoint(day, 40_000_000_000m, null, null))],
        [new CrossMarketDay("GOLD", Candle.Daily(day, 400m, 401m, 399m, 400.5m, 0m))]);

    [Fact]
    public async Task A_new_folder_gets_the_fetched_day_in_the_documented_format()
    {
        using var folder = new TempDataFolder();
        var target = Path.Combine(folder.Path, "new");

        await new DataFolderAppender(target).AppendAsync([Snapshot(Day, 62_000m)], CancellationToken.None);

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
        var appender = new DataFolderAppender(folder.Path);
        await appender.AppendAsync([Snapshot(Day, 62_000m)], CancellationToken.None);

        await appender.AppendAsync([Snapshot(Day.AddDays(1), 63_000m), Snapshot(Day, 1m, "other")], CancellationToken.None);

        var daily = (await folder.LoadAsync()).Asset("BTC")!.Daily;
        Assert.Equal([62_000m, 63_000m], daily.Select(c => c.Close));
    }
}
