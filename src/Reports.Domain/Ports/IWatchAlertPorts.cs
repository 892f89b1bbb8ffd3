using Reports.Domain.Delivery;
using Reports.Domain.Watch;

namespace Reports.Domain.Ports;

/// <summary>The "What to watch" levels of the newest archived edition.</summary>
public interface IWatchLevelSource
{
    /// <summary>Null when no edition is archived yet.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<WatchEdition?> LatestAsync(CancellationToken cancellationToken);
}

/// <summary>The latest traded price per asset.</summary>
public interface IPriceTicker
{
    /// <returns>Price per symbol asked for (USD quote).</returns>
    /// <exception cref="MarketDataSourceException">The provider could not be reached or answered nonsense.</exception>
    Task<IReadOnlyDictionary<string, decimal>> LatestPricesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken);
}

/// <summary>Which watch alerts went out: at most one per (day, level, subscriber).</summary>
public interface IAlertLedger
{
    /// <summary>Records the alert before it is sent; false when that level was already alerted to that subscriber that day.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<bool> TryClaimAsync(DateOnly day, string levelKey, string subscriberId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after a failed send, so the next check may try again.</summary>
    Task ReleaseAsync(DateOnly day, string levelKey, string subscriberId, CancellationToken cancellationToken);
}

/// <summary>The breaks the watch check saw, once per (day, level) whoever is subscribed; the report build of that day reads them.</summary>
public interface IWatchBreakLog
{
    /// <summary>
    /// Records <paramref name="seen"/> the first time that level is seen broken that day (later calls keep the first
    /// time and price) and, with <paramref name="alertedAt"/>, the first alert that went out about it.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task RecordAsync(DateOnly day, WatchBreak seen, DateTimeOffset? alertedAt, CancellationToken cancellationToken);

    /// <summary>The breaks recorded for <paramref name="day"/>, in no particular order; empty when none.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<IReadOnlyList<LevelBreak>> ListAsync(DateOnly day, CancellationToken cancellationToken);
}

/// <summary>Writes a watch-alert email (rendering, so it lives in Reports.Rendering).</summary>
public interface IWatchAlertComposer
{
    EmailMessage Compose(WatchEdition edition, IReadOnlyList<WatchBreak> breaks, Subscriber subscriber, ReportEmailSettings settings);
}
