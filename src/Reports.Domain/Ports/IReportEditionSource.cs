using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>The finished report of a day, as the emails need it.</summary>
public interface IReportEditionSource
{
    /// <summary>Null when the day's report has not been built (yet).</summary>
    Task<ReportEdition?> FindAsync(DateOnly date, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the day's report has been built, without assembling the edition. Sources that rebuild the article
    /// from stored history answer from the archive alone, so a fan-out can check once without downloading history.
    /// </summary>
    async Task<bool> IsBuiltAsync(DateOnly date, CancellationToken cancellationToken) =>
        await FindAsync(date, cancellationToken).ConfigureAwait(false) is not null;
}
