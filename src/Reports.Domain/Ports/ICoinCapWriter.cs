using Reports.Domain.Market;

namespace Reports.Domain.Ports;

/// <summary>Where per-coin market caps are kept, one immutable set per day (blob) or one file (data folder).</summary>
public interface ICoinCapWriter
{
    /// <summary>True when caps of <paramref name="day"/> are stored (or written and waiting for a flush).</summary>
    /// <exception cref="StoreUnavailableException">The store could not be reached.</exception>
    Task<bool> HasCapsAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Stores the day's caps once; a day already stored is left as it is.</summary>
    /// <exception cref="StoreUnavailableException">The store failed; nothing partial is visible.</exception>
    /// <param name="label">Where the caps came from and whether they are synthetic; the report's sources table shows it.</param>
    Task<StoreOutcome> WriteAsync(DateOnly day, IReadOnlyList<CoinMarketCap> caps, SnapshotLabel label, CancellationToken cancellationToken);
}

/// <summary>A writer that buffers and must be flushed (a data folder rewrites its files once per chunk, not per day).</summary>
public interface IFlushingWriter
{
    /// <summary>Makes everything written so far durable, all or nothing.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
