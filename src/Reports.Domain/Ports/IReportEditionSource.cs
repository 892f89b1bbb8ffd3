using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>The finished report of a day, as the emails need it.</summary>
public interface IReportEditionSource
{
    /// <summary>Null when the day's report has not been built (yet).</summary>
    Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken);
}
