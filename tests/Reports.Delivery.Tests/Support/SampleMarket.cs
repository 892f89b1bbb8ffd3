using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Delivery.Tests.Support;

/// <summary>Ninety days of a falling market (BTC, ETH, total cap), enough for every figure the article needs.</summary>
/// <param name="daysAfter">Days stored past <see cref="LastDay"/> (the same series continued: the days up to it do not change).</param>
internal sealed class SampleMarket(int daysAfter = 0) : IMarketDataStore
{
    public static readonly DateOnly LastDay = SampleReport.Day;

    public string Description => "sample market (memory)";

    public Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken)
    {
        var days = Enumerable.Range(0, 90 + daysAfter).Select(i => LastDay.AddDays(i - 89)).Where(d => through is null || d <= through).ToList();
        return Task.FromResult(new MarketData(
            days.Select((d, i) => new MarketCapPoint(d, 3_400_000_000_000m - i * 11_000_000_000m, 120_000_000_000m + i * 500_000_000m)).ToList(),
            [Asset("BTC", days, 98_000m, 0.006m), Asset("ETH", days, 3_600m, 0.009m)],
            [],
            [],
            [],
            []));
    }

    /// <summary>The sample has no per-coin caps, so a report's load is the whole load.</summary>
    public Task<MarketData> LoadForReportAsync(DateOnly? day, int coinCapDays, CancellationToken cancellationToken) => LoadAsync(day, cancellationToken);

    private static AssetSeries Asset(string symbol, IReadOnlyList<DateOnly> days, decimal start, decimal dailyDrop)
    {
        var candles = new List<Candle>();
        var close = start;
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            var open = close;
            // A falling trend with a small fixed wobble so highs, lows and momentum are not degenerate.
            close = Math.Round(open * (1 - dailyDrop + (i % 3 == 0 ? 0.004m : -0.001m)), 2);
            candles.Add(Candle.Daily(day, open, Math.Max(open, close) * 1.01m, Math.Min(open, close) * 0.99m, close, 1_000_000m + i));
        }
        return new AssetSeries(symbol, candles, [], []);
    }
}
