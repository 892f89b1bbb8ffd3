using Reports.Domain.Market;

namespace Reports.Domain.Ports;

/// <summary>A live market-data provider (CoinGecko, Binance, CoinGlass, Stooq...).</summary>
public interface IMarketDataSource
{
    /// <summary>Stable lower-case name used in storage paths and settings, e.g. "binance".</summary>
    string Name { get; }

    /// <summary>Fetches the complete UTC day <paramref name="day"/> for the configured assets/markets.</summary>
    /// <exception cref="MarketDataSourceException">The source failed; nothing partial is returned.</exception>
    Task<SourceFetch> FetchDayAsync(DateOnly day, CancellationToken cancellationToken);
}
