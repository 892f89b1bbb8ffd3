using Reports.Domain.Market;

namespace Reports.Domain.Ports;

/// <summary>Where ingested days are kept. Every write is all-or-nothing and a stored day is never overwritten.</summary>
public interface ISnapshotWriter
{
    /// <summary>Human-readable location, for messages ("blob: account/snapshots").</summary>
    string Description { get; }

    /// <summary>True when the normalised snapshot of <paramref name="source"/> for <paramref name="day"/> is stored.</summary>
    /// <exception cref="StoreUnavailableException">The store could not be reached.</exception>
    Task<bool> HasSnapshotAsync(string source, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Stores the raw responses, then the snapshot; <see cref="StoreOutcome.AlreadyStored"/> when that day was already complete.</summary>
    /// <exception cref="ArgumentException">The snapshot breaks <see cref="Market.DailySnapshotRules"/>; nothing was written.</exception>
    /// <exception cref="StoreUnavailableException">The store failed; no reader sees a partial snapshot.</exception>
    Task<StoreOutcome> WriteAsync(SourceFetch fetch, SnapshotLabel label, CancellationToken cancellationToken);

    /// <summary>Stores the dated context (central-bank decisions, ETF flows...) of one day, once.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    Task<StoreOutcome> WriteEventsAsync(DateOnly day, IReadOnlyList<MarketEvent> events, CancellationToken cancellationToken);
}
