using Reports.Domain.Market;

namespace Reports.Domain.Ports;

/// <summary>
/// The per-coin market caps of the top coins, for the daily ingest. The provider only tells "now", so a source serves
/// only the day that just closed, for a bounded time after its close; older days come from the history bootstrap.
/// </summary>
public interface ICoinCapSource
{
    /// <summary>The market-data source whose provider serves the caps (e.g. "coingecko"): an ingest limited to other sources leaves them out.</summary>
    string Provider { get; }

    /// <summary>
    /// Whether the current caps can stand for <paramref name="day"/> now (by the provider's own clock); if not,
    /// <paramref name="whyNot"/> says why, in one sentence.
    /// </summary>
    bool Serves(DateOnly day, out string whyNot);

    /// <summary>The caps of <paramref name="day"/>, largest first, each with its category.</summary>
    /// <exception cref="MarketDataSourceException">The source failed, or cannot tell this day (<see cref="SourceFailure.NotAvailableForDay"/>); nothing partial is returned.</exception>
    Task<IReadOnlyList<CoinMarketCap>> FetchCoinCapsAsync(DateOnly day, CancellationToken cancellationToken);
}
