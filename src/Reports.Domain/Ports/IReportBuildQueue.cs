namespace Reports.Domain.Ports;

/// <summary>Where requests to build (or rebuild) one day's report wait for a worker.</summary>
public interface IReportBuildQueue
{
    /// <exception cref="StoreUnavailableException">The queue could not be reached.</exception>
    Task EnqueueAsync(DateOnly day, CancellationToken cancellationToken);
}
