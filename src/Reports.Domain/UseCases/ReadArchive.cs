using Reports.Domain.Archive;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>
/// The public archive: serves what the daily build already stored and nothing else. It has no way to build a
/// report, so an anonymous caller cannot make the app spend compute.
/// </summary>
public sealed class ReadArchive(IReportArchive archive, IEditionIndex index)
{
    /// <summary>Editions per index page.</summary>
    public const int PageSize = 20;

    /// <summary>Editions in the feed.</summary>
    public const int FeedSize = 30;

    /// <summary>The stored edition of <paramref name="day"/> in <paramref name="format"/>, or null when none was archived.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    public Task<RenderedReport?> EditionAsync(DateOnly day, string format, CancellationToken cancellationToken) =>
        archive.GetAsync(day, format, cancellationToken);

    /// <summary>Page <paramref name="page"/> (1-based) of the index, newest first.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    public Task<EditionPage> PageAsync(int page, CancellationToken cancellationToken) =>
        index.ListAsync(until: null, (Math.Max(page, 1) - 1) * PageSize, PageSize, cancellationToken);

    /// <summary>The newest <see cref="FeedSize"/> editions.</summary>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    public Task<EditionPage> LatestAsync(CancellationToken cancellationToken) =>
        index.ListAsync(until: null, 0, FeedSize, cancellationToken);
}
