using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.CrossMarkets;

namespace Reports.Infrastructure.Providers.History;

/// <summary>
/// Past days of the cross markets: one Stooq CSV per market for the whole range (Yahoo's chart API when Stooq fails),
/// stored under the daily source's name, one snapshot per day; days without a session have no bar, as in the daily ingest.
/// </summary>
internal sealed class CrossMarketHistorySource(
    StooqClient stooq, YahooChartClient yahoo, IOptions<MarketDataOptions> market, MarketDataClock clock, ILogger<CrossMarketHistorySource> logger) : IHistorySource
{
    public string Name => CrossMarketSource.SourceName;

    public int MaxDaysBack => int.MaxValue;

    public int MaxChunkDays => 400;

    public string? EstimateOf => null;

    public int CallsFor(int days) => market.Value.CrossMarkets.Count;

    public async Task<HistoryFetch> FetchAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!clock.HasClosed(to))
            throw new MarketDataSourceException(Name, SourceFailure.NotAvailableForDay, $"the UTC day {to:yyyy-MM-dd} has not closed yet.");
        var raw = new List<RawResponse>();
        var bars = new Dictionary<string, IReadOnlyList<Candle>>();
        foreach (var name in market.Value.CrossMarkets)
        {
            try
            {
                bars[name] = await stooq.ReadRangeAsync(name, from, to, raw, cancellationToken);
            }
            catch (MarketDataSourceException primary) when (yahoo.Enabled)
            {
                logger.LogWarning("{Source}: Stooq failed for {Market} {From}..{To} ({Failure}); trying Yahoo", Name, name, from, to, primary.Failure);
                try
                {
                    bars[name] = await yahoo.ReadRangeAsync(name, from, to, raw, cancellationToken);
                }
                catch (MarketDataSourceException fallback)
                {
                    throw new MarketDataSourceException(Name, primary.Failure,
                        $"{name} {from:yyyy-MM-dd}..{to:yyyy-MM-dd}: Stooq failed ({primary.Message}) and the Yahoo fallback failed too ({fallback.Message}).", primary);
                }
            }
        }

        var snapshots = new List<DailySnapshot>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var markets = bars.Where(m => m.Value.Any(b => b.Day == day)).Select(m => new CrossMarketDay(m.Key, m.Value.First(b => b.Day == day))).ToList();
            snapshots.Add(new DailySnapshot(Name, day, null, [], markets));
        }
        return new HistoryFetch(snapshots, raw, SnapshotLabel.Observed, []);
    }
}
