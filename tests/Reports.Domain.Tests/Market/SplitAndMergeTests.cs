using Reports.Domain.Market;

namespace Reports.Domain.Tests.Market;

public sealed class SplitAndMergeTests
{
    [Fact]
    public void Splitting_history_into_days_and_merging_it_back_gives_the_same_series()
    {
        var days = Enumerable.Range(0, 14).Select(i => new DateOnly(2026, 1, 5).AddDays(i)).ToList();
        var original = DailySnapshotMerger.Merge(days.SelectMany(d => new[] { TestMarket.GeckoDay(d).Snapshot, TestMarket.BinanceDay(d).Snapshot, TestMarket.StooqDay(d).Snapshot }));

        var split = DailySnapshotSplitter.Split(original, "import");
        var merged = DailySnapshotMerger.Merge(split);

        Assert.Equal(days, split.Select(s => s.Day));
        Assert.All(split, s => Assert.Empty(DailySnapshotRules.Check(s, "import", s.Day)));
        Assert.Equal(original.Global, merged.Global);
        Assert.Equal(["BTC", "ETH"], merged.Assets.Select(a => a.Symbol));
        foreach (var (a, b) in original.Assets.Zip(merged.Assets))
        {
            Assert.Equal(a.Daily, b.Daily);
            Assert.Equal(a.FourHour, b.FourHour);
            Assert.Equal(a.Derivatives, b.Derivatives);
        }
        Assert.Equal(original.CrossMarkets.Single().Daily, merged.CrossMarkets.Single().Daily);
        // 14 days from Monday 5 January: 10 weekdays of gold, 14 × 6 four-hour BTC bars.
        Assert.Equal(10, merged.CrossMarkets.Single().Daily.Count);
        Assert.Equal(84, merged.Asset("BTC")!.FourHour.Count);
    }

    [Fact]
    public void Total_volume_missing_from_the_first_source_is_taken_from_the_next()
    {
        var day = new DateOnly(2026, 1, 5);
        var first = new DailySnapshot("a", day, new MarketCapPoint(day, 100m, null), [], []);
        var second = new DailySnapshot("b", day, new MarketCapPoint(day, 999m, 7m), [], []);

        var merged = DailySnapshotMerger.Merge([second, first]);

        Assert.Equal(new MarketCapPoint(day, 100m, 7m), merged.Global.Single());
    }
}
