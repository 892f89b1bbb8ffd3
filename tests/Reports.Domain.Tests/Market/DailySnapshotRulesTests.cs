using Reports.Domain.Market;

namespace Reports.Domain.Tests.Market;

public sealed class DailySnapshotRulesTests
{
    private static readonly DateOnly Day = new(2026, 1, 20);

    [Fact]
    public void The_test_market_days_pass()
    {
        Assert.Empty(DailySnapshotRules.Check(TestMarket.GeckoDay(Day).Snapshot, "gecko", Day));
        Assert.Empty(DailySnapshotRules.Check(TestMarket.BinanceDay(Day).Snapshot, "binance", Day));
        Assert.Empty(DailySnapshotRules.Check(TestMarket.StooqDay(Day).Snapshot, "stooq", Day));
    }

    [Theory]
    [InlineData("Gecko")]
    [InlineData("../gecko")]
    [InlineData("gecko/raw")]
    [InlineData("-gecko")]
    [InlineData("")]
    public void Source_names_that_could_misplace_a_blob_are_refused(string name) =>
        Assert.False(DailySnapshotRules.IsValidSourceName(name));

    [Fact]
    public void Every_broken_rule_is_named()
    {
        var bars = TestMarket.BinanceDay(Day).Snapshot.Assets[0].FourHour;
        var snapshot = new DailySnapshot("gecko", Day, new MarketCapPoint(Day.AddDays(-1), 0m, -5m),
        [
            new AssetDay("BTC", Candle.Daily(Day.AddDays(1), 100m, 110m, 90m, 105m, 1m), [bars[1], bars[0], bars[0] with { OpenTime = bars[0].OpenTime.AddMinutes(30) }], null),
            new AssetDay("BTC", null, [], new DerivativesPoint(Day, -1m, null, null)),
            new AssetDay("btc", Candle.Daily(Day, 100m, 99m, 90m, 105m, -1m), [], null),
        ],
        [new CrossMarketDay("GOLD", Candle.Daily(Day, 0m, 1m, 1m, 1m, 0m))]);

        var problems = DailySnapshotRules.Check(snapshot, "binance", Day.AddDays(1));

        Assert.Equal(
        [
            "snapshot is from 'gecko', expected 'binance'",
            "snapshot is for 2026-01-20, expected 2026-01-21",
            "total market cap is dated 2026-01-19",
            "total market cap is not positive",
            "total volume is negative",
            "asset BTC appears 2 times",
            "BTC daily bar opens at 2026-01-21 00:00, not at 00:00 UTC on 2026-01-20",
            "BTC 4h bar at 2026-01-20 00:00 is out of order or repeated",
            "BTC 4h bar at 2026-01-20 00:30 is not on a 4-hour boundary",
            "BTC derivatives have a negative figure",
            "asset symbol 'btc' is not an upper-case symbol (1-20 letters A-Z or digits)",
            "btc daily bar has open/close outside its low-high range",
            "btc daily bar has a negative volume",
            "GOLD daily bar has a price that is not positive",
        ], problems);
    }
}
