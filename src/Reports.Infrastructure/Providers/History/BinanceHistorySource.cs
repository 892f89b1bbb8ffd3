using Microsoft.Extensions.Options;
using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.Binance;

namespace Reports.Infrastructure.Providers.History;

/// <summary>
/// Past days of daily and 4-hour candles (and the 30 days of open interest Binance keeps) through the paged range
/// fetch of <see cref="BinanceSource"/>: 100 days are two 1,000-row-or-less klines calls per asset and interval.
/// </summary>
internal sealed class BinanceHistorySource(BinanceSource binance, IOptions<BinanceOptions> options, IOptions<MarketDataOptions> market) : IHistorySource
{
    private const int ChunkDays = 100;

    public string Name => BinanceSource.SourceName;

    /// <summary>Klines go back to each pair's listing; open interest only 30 days (older days simply have none).</summary>
    public int MaxDaysBack => int.MaxValue;

    public int MaxChunkDays => ChunkDays;

    public string? EstimateOf => null;

    public int CallsFor(int days)
    {
        var page = options.Value.KlinesPageLimit;
        var perAsset = Pages(days, page) + Pages(days * 6, page) + (options.Value.OpenInterest ? 1 : 0);
        return market.Value.Assets.Count * perAsset;
    }

    public async Task<HistoryFetch> FetchAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var range = await binance.FetchDaysAsync(from, to, cancellationToken);
        return new HistoryFetch(range.Snapshots, range.Raw, SnapshotLabel.Observed, []);
    }

    private static int Pages(int rows, int page) => (rows + page - 1) / page;
}
