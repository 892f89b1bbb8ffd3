using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers.CrossMarkets;

/// <summary>
/// Daily bars of the cross markets (gold, silver, Nasdaq…) for a closed UTC day, from Stooq with Yahoo's chart
/// API as fallback when Stooq fails. A market without a session that day (weekend, holiday) is simply absent.
/// </summary>
internal sealed class CrossMarketSource(
    StooqClient stooq, YahooChartClient yahoo, IOptions<MarketDataOptions> market, MarketDataClock clock, ILogger<CrossMarketSource> logger)
    : IMarketDataSource
{
    public const string SourceName = "stooq";

    public string Name => SourceName;

    public async Task<SourceFetch> FetchDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (!clock.HasClosed(day))
        {
            throw new MarketDataSourceException(
                SourceName, SourceFailure.NotAvailableForDay,
                $"the UTC day {day:yyyy-MM-dd} has not closed yet (now {clock.UtcNow:yyyy-MM-dd HH:mm}Z).");
        }

        var raw = new List<RawResponse>();
        var markets = new List<CrossMarketDay>();
        foreach (var name in market.Value.CrossMarkets)
        {
            if (await ReadDayAsync(name, day, raw, cancellationToken) is { } bar)
            {
                markets.Add(new CrossMarketDay(name, bar));
            }
            else
            {
                logger.LogInformation("{Source}: no {Market} session on {Day} (weekend or holiday)", SourceName, name, day);
            }
        }
        return new SourceFetch(new DailySnapshot(SourceName, day, null, [], markets), raw);
    }

    private async Task<Candle?> ReadDayAsync(string name, DateOnly day, List<RawResponse> raw, CancellationToken cancellationToken)
    {
        try
        {
            return await stooq.ReadDayAsync(name, day, raw, cancellationToken);
        }
        catch (MarketDataSourceException primary) when (yahoo.Enabled)
        {
            logger.LogWarning(primary, "{Source}: Stooq failed for {Market} on {Day} ({Failure}); trying Yahoo", SourceName, name, day, primary.Failure);
            try
            {
                return await yahoo.ReadDayAsync(name, day, raw, cancellationToken);
            }
            catch (MarketDataSourceException fallback)
            {
                throw new MarketDataSourceException(
                    SourceName, primary.Failure,
                    $"{name} on {day:yyyy-MM-dd}: Stooq failed ({primary.Message}) and the Yahoo fallback failed too ({fallback.Message}).",
                    primary);
            }
        }
    }
}
