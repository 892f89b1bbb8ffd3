using Reports.Domain.Market;

namespace Reports.Rendering.Tests.Json;

/// <summary>
/// A generated 400-day history shaped like the February 2026 selloff: a peak in October, a January swing high,
/// a three-week slide into D with long liquidations, falling open interest, a weak Nasdaq and a firm gold price,
/// one recent and one scheduled event. Formula-made, so the analysis can run without any stored data.
/// </summary>
internal static class SyntheticMarket
{
    public static readonly DateOnly Day = new(2026, 2, 5);
    private static readonly DateOnly First = Day.AddDays(-399);

    public static MarketData Selloff() => new(
        Global(),
        [Asset("BTC", 94_000m, 124_000m, 97_000m, 71_200m), Asset("ETH", 3_300m, 4_700m, 3_350m, 2_100m), Asset("SOL", 190m, 240m, 146m, 88m)],
        [Cross("Nasdaq 100", 19_500m, 21_900m, 20_800m), Cross("Gold", 2_650m, 4_500m, 4_890m)],
        [
            new MarketEvent(Day.AddDays(-2), "etf-flows", "Spot bitcoin ETFs record $1.1 billion of net outflows", "https://farside.co.uk/bitcoin-etf-flow-all-data/"),
            new MarketEvent(Day.AddDays(10), "central-bank", "FOMC minutes are published", null),
        ],
        [
            new SourceInfo("Total market cap", "generated", First, Day, 400, Synthetic: true),
            new SourceInfo("Daily candles", "generated", First, Day, 1_200, Synthetic: true),
        ],
        [new DataWarning("daily/SOL.csv", 12, "duplicate day skipped")]);

    private static IReadOnlyList<MarketCapPoint> Global() =>
        [.. Days().Select(d => new MarketCapPoint(d, Math.Round(Path(d, 3_100e9m, 4_380e9m, 3_010e9m, 2_410e9m), 2),
            Math.Round(110e9m + 60e9m * VolumeHump(d), 0)))];

    // Volume peaks two days before D, so D is heavy but not a record: the prose then compares it with the record.
    private static decimal VolumeHump(DateOnly d) => Math.Max(0m, 1m - Math.Abs(Day.DayNumber - 2 - d.DayNumber) / 8m);

    private static AssetSeries Asset(string symbol, decimal start, decimal peak, decimal swing, decimal end)
    {
        var daily = Days().Select(d => Candle(d, Path(d.AddDays(-1), start, peak, swing, end), Path(d, start, peak, swing, end))).ToList();
        var fourHour = daily.TakeLast(60).SelectMany(FourHourBars).ToList();
        var derivatives = Days().TakeLast(60).Select(d => new DerivativesPoint(
            d,
            OpenInterestUsd: Math.Round(end * 700_000m * (1.3m - 0.3m * Stress(d)), 0),
            LongLiquidationsUsd: Math.Round(end * 9_000m * (1m + 9m * Stress(d)), 0),
            ShortLiquidationsUsd: Math.Round(end * 2_000m, 0))).ToList();
        return new AssetSeries(symbol, daily, fourHour, derivatives);
    }

    private static CrossMarketSeries Cross(string name, decimal start, decimal high, decimal end) =>
        new(name, [.. Days()
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(d => Candle(d, Path(d.AddDays(-1), start, high, high, end), Path(d, start, high, high, end)))]);

    // Six 4h bars per day stepping from the day's open to its close.
    private static IEnumerable<Candle> FourHourBars(Candle day) => Enumerable.Range(0, 6).Select(i =>
    {
        var open = day.Open + (day.Close - day.Open) * i / 6;
        var close = day.Open + (day.Close - day.Open) * (i + 1) / 6 * (1m + 0.004m * (decimal)Math.Sin(i + day.OpenTime.Day));
        return new Candle(day.OpenTime.AddHours(4 * i), open, Math.Max(open, close) * 1.003m, Math.Min(open, close) * 0.997m, close, day.Volume / 6);
    });

    private static Candle Candle(DateOnly day, decimal open, decimal close) =>
        Reports.Domain.Market.Candle.Daily(day, open, Math.Max(open, close) * 1.012m, Math.Min(open, close) * 0.988m, close, Math.Round(close * 1_000m, 0));

    /// <summary>Start → peak (6 Oct 2025) → swing high (14 Jan 2026) → end on D, with a ripple.</summary>
    private static decimal Path(DateOnly d, decimal start, decimal peak, decimal swing, decimal end)
    {
        (DateOnly Date, decimal Value)[] anchors =
            [(First.AddDays(-1), start), (new(2025, 10, 6), peak), (new(2025, 11, 21), swing * 0.93m), (new(2026, 1, 14), swing), (Day, end)];
        var next = anchors.First(a => a.Date >= d);
        var prev = anchors.Last(a => a.Date <= d);
        var t = next.Date == prev.Date ? 0m : (decimal)(d.DayNumber - prev.Date.DayNumber) / (next.Date.DayNumber - prev.Date.DayNumber);
        var value = prev.Value + (next.Value - prev.Value) * t;
        return Math.Round(value * (1m + 0.015m * (decimal)Math.Sin(d.DayNumber / 3.1)), 2);
    }

    /// <summary>0 in calm weeks, rising to 1 on D: drives volume, liquidations and the open-interest unwind.</summary>
    private static decimal Stress(DateOnly d) => Math.Max(0m, 1m - (Day.DayNumber - d.DayNumber) / 10m);

    private static IEnumerable<DateOnly> Days() => Enumerable.Range(0, 400).Select(i => First.AddDays(i));
}
