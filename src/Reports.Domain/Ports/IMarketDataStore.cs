using Reports.Domain.Market;

namespace Reports.Domain.Ports;

/// <summary>Where stored market history is read from: a data folder, blob storage.</summary>
public interface IMarketDataStore
{
    /// <summary>Human-readable location, for messages ("samples/", "blob: account/container").</summary>
    string Description { get; }

    /// <summary>
    /// Loads every stored series up to and including <paramref name="through"/> (all when null); events alone reach
    /// <see cref="MarketEvent.ScheduledHorizonDays"/> further, for the calendar of scheduled events.
    /// </summary>
    /// <exception cref="MarketDataException">The data is unreadable in a way that cannot be skipped safely.</exception>
    Task<MarketData> LoadAsync(DateOnly? through, CancellationToken cancellationToken);

    /// <summary>
    /// Loads what the report of <paramref name="day"/> (the last stored day when null) reads: every series as
    /// <see cref="LoadAsync"/> gives it, except per-coin market caps, only for the <paramref name="coinCapDays"/>
    /// days ending on the report day (the attribution reads a month; a folder or store may hold years of them).
    /// </summary>
    /// <exception cref="MarketDataException">The data is unreadable in a way that cannot be skipped safely.</exception>
    Task<MarketData> LoadForReportAsync(DateOnly? day, int coinCapDays, CancellationToken cancellationToken);
}
