using Reports.Domain.UseCases;

namespace Reports.Domain.Ports;

/// <summary>Finished reports kept per day and format, so a request can be served without rebuilding.</summary>
public interface IReportArchive
{
    /// <summary>The stored report of <paramref name="day"/> in <paramref name="format"/>, or null when none is stored.</summary>
    /// <exception cref="StoreUnavailableException">The store could not be reached.</exception>
    Task<RenderedReport?> GetAsync(DateOnly day, string format, CancellationToken cancellationToken);

    /// <summary>Stores the report; identical bytes already there are left alone, different bytes are replaced.</summary>
    /// <exception cref="StoreUnavailableException">The store failed; the previous version, if any, is still whole.</exception>
    Task<StoreOutcome> SaveAsync(RenderedReport report, CancellationToken cancellationToken);
}
