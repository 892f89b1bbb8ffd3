using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers;

/// <summary>Stands in for the price ticker when its provider is switched off: every check fails with the reason.</summary>
internal sealed class UnavailableTicker(string reason) : IPriceTicker
{
    public Task<IReadOnlyDictionary<string, decimal>> LatestPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken) =>
        throw new MarketDataSourceException(Binance.BinanceSource.SourceName, SourceFailure.NotConfigured, reason);
}
