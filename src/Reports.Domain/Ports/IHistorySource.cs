using Reports.Domain.Market;

namespace Reports.Domain.Ports;

/// <summary>
/// A provider that can fill a run of past days in a few paged requests (the history bootstrap). Same contract as
/// <see cref="IMarketDataSource"/>: every day of the range complete, or a <see cref="MarketDataSourceException"/>.
/// </summary>
public interface IHistorySource
{
    /// <summary>The storage name its days are kept under, e.g. "binance", "global-estimated".</summary>
    string Name { get; }

    /// <summary>How many days back from the last complete day it can serve at most (CoinGecko's free market charts: 365).</summary>
    int MaxDaysBack { get; }

    /// <summary>Largest range one fetch takes: the unit of work queued by the function app.</summary>
    int MaxChunkDays { get; }

    /// <summary>Calls a fetch of <paramref name="days"/> days makes, for the time estimate.</summary>
    int CallsFor(int days);

    /// <summary>
    /// The source whose real figure wins over this one's for the same day (the estimate of the total market cap
    /// yields to CoinGecko's /global snapshot), or null for observed data.
    /// </summary>
    string? EstimateOf { get; }

    /// <summary>Fetches every UTC day from <paramref name="from"/> through <paramref name="to"/>, both included.</summary>
    /// <exception cref="MarketDataSourceException">The source failed; nothing partial is returned.</exception>
    Task<HistoryFetch> FetchAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>
/// One snapshot per day in day order, the raw answers behind all of them (stored once, with the first day written),
/// how the data is labelled, and any per-coin market caps the source saw.
/// </summary>
public sealed record HistoryFetch(
    IReadOnlyList<DailySnapshot> Days,
    IReadOnlyList<RawResponse> Raw,
    SnapshotLabel Label,
    IReadOnlyList<CoinMarketCap> CoinCaps)
{
    /// <summary>How the per-coin caps are labelled (they may be observed while the days' totals are estimated).</summary>
    public SnapshotLabel CoinCapsLabel { get; init; } = SnapshotLabel.Observed;
}
