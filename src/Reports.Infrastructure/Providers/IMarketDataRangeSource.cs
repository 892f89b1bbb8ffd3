using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Infrastructure.Providers;

/// <summary>
/// A source that can also fetch a run of closed days in a few paged requests, for backfilling history.
/// Same contract as <see cref="IMarketDataSource.FetchDayAsync"/>: every day complete, or an exception.
/// </summary>
public interface IMarketDataRangeSource : IMarketDataSource
{
    /// <summary>Fetches each UTC day from <paramref name="from"/> through <paramref name="to"/>, both included.</summary>
    /// <exception cref="MarketDataSourceException">The source failed or a day is missing or wrong; nothing partial is returned.</exception>
    Task<SourceRangeFetch> FetchDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>One snapshot per day, in day order, and the raw responses behind all of them (shared by the days).</summary>
public sealed record SourceRangeFetch(IReadOnlyList<DailySnapshot> Snapshots, IReadOnlyList<RawResponse> Raw);
