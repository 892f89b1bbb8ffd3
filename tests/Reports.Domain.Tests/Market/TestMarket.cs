using System.Text;
using Reports.Domain.Market;

namespace Reports.Domain.Tests.Market;

/// <summary>
/// Fixed, hand-checkable market data by day: n = days since 2026-01-01, BTC closes at 100,000 - 500n, ETH at
/// 3,000 - 20n, total cap 3.5e12 - 1e10·n, gold 2,000 + n on weekdays. Three sources split it as real providers do.
/// </summary>
public static class TestMarket
{
    public static readonly DateOnly Epoch = new(2026, 1, 1);

    public const string Gecko = "gecko";
    public const string Binance = "binance";
    public const string Stooq = "stooq";

    public static decimal BtcClose(DateOnly day) => 100_000m - 500m * N(day);
    public static decimal EthClose(DateOnly day) => 3_000m - 20m * N(day);
    public static decimal MarketCap(DateOnly day) => 3_500_000_000_000m - 10_000_000_000m * N(day);
    public static decimal GoldClose(DateOnly day) => 2_000m + N(day);
    public static decimal BtcOpenInterest(DateOnly day) => 60_000_000_000m - 100_000_000m * N(day);

    /// <summary>Market cap and daily candles, as CoinGecko would give them.</summary>
    public static SourceFetch GeckoDay(DateOnly day) => Fetch(new DailySnapshot(
        Gecko,
        day,
        new MarketCapPoint(day, MarketCap(day), 120_000_000_000m),
        [
            new AssetDay("BTC", DailyBar(day, BtcClose(day), 1_000_000_000m), [], null),
            new AssetDay("ETH", DailyBar(day, EthClose(day), 500_000_000m), [], null),
        ],
        []));

    /// <summary>4-hour candles and open interest, as Binance would give them.</summary>
    public static SourceFetch BinanceDay(DateOnly day) => Fetch(new DailySnapshot(
        Binance,
        day,
        null,
        [
            new AssetDay("BTC", null, FourHourBars(day, BtcClose(day)), new DerivativesPoint(day, BtcOpenInterest(day), null, null)),
            new AssetDay("ETH", null, FourHourBars(day, EthClose(day)), null),
        ],
        []));

    /// <summary>Gold on weekdays; an empty (but valid) snapshot on weekends, when markets are shut.</summary>
    public static SourceFetch StooqDay(DateOnly day) => Fetch(new DailySnapshot(
        Stooq,
        day,
        null,
        [],
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? [] : [new CrossMarketDay("GOLD", DailyBar(day, GoldClose(day), 0m))]));

    public static Candle DailyBar(DateOnly day, decimal close, decimal volume) =>
        Candle.Daily(day, close + 100m, close + 300m, close - 300m, close, volume);

    private static IReadOnlyList<Candle> FourHourBars(DateOnly day, decimal close)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // Six bars drifting down from open (close + 100) to the day's close.
        return Enumerable.Range(0, 6)
            .Select(i =>
            {
                var open = close + 100m - 20m * i;
                var last = i == 5 ? close : open - 20m;
                return new Candle(start.AddHours(4 * i), open, open + 10m, last - 10m, last, 1_000m);
            })
            .ToList();
    }

    private static SourceFetch Fetch(DailySnapshot snapshot)
    {
        var body = Encoding.UTF8.GetBytes($"{{\"source\":\"{snapshot.Source}\",\"day\":\"{snapshot.Day:yyyy-MM-dd}\"}}");
        var raw = new RawResponse($"https://api.example.test/{snapshot.Source}?day={snapshot.Day:yyyy-MM-dd}", 200, "application/json", body,
            new DateTimeOffset(snapshot.Day.AddDays(1).ToDateTime(new TimeOnly(0, 5)), TimeSpan.Zero));
        return new SourceFetch(snapshot, [raw]);
    }

    private static int N(DateOnly day) => day.DayNumber - Epoch.DayNumber;
}
