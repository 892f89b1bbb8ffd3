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
}
