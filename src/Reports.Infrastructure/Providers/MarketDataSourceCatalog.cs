using Reports.Domain.Ports;
using Reports.Infrastructure.Providers.CoinGlass;

namespace Reports.Infrastructure.Providers;

/// <summary>
/// The market-data sources this configuration enables, and the ones it leaves out with the reason, so the
/// ingest can report "liquidations not available" instead of inventing a figure.
/// </summary>
public sealed class MarketDataSourceCatalog(IEnumerable<IMarketDataSource> sources, IEnumerable<UnavailableSource> unavailable)
{
    public IReadOnlyList<IMarketDataSource> Sources { get; } = sources.ToList();

    public IReadOnlyList<UnavailableSource> Unavailable { get; } = unavailable.ToList();

    /// <summary>Why liquidations cannot be fetched (no CoinGlass key), or null when the CoinGlass source is registered.</summary>
    public string? LiquidationsUnavailable =>
        Unavailable.FirstOrDefault(u => u.Name == CoinGlassSource.SourceName)?.Reason;

    /// <summary>The named source; a known but unavailable one throws <see cref="SourceFailure.NotConfigured"/> with its reason.</summary>
    public IMarketDataSource Get(string name)
    {
        if (Sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { } source)
        {
            return source;
        }
        if (Unavailable.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase)) is { } missing)
        {
            throw new MarketDataSourceException(missing.Name, missing.Failure, missing.Reason);
        }
        var known = string.Join(", ", Sources.Select(s => s.Name).Concat(Unavailable.Select(u => u.Name)));
        throw new ArgumentException($"No market-data source named '{name}'. Known: {known}.", nameof(name));
    }
}
