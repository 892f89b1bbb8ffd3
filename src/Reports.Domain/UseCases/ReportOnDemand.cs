using Reports.Domain.Market;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>Serves a day's report: the archived one when the whole report is asked for, else built from stored history.</summary>
public sealed class ReportOnDemand(BuildReport build, IReportArchive archive)
{
    /// <param name="assets">Assets to cover; empty for all (the archived report).</param>
    /// <exception cref="MarketDataException">Nothing is stored for <paramref name="day"/>.</exception>
    /// <exception cref="UnknownAssetException">An asset is not in the stored data.</exception>
    /// <exception cref="StoreUnavailableException">The store failed.</exception>
    public async Task<ServedReport> GetAsync(DateOnly day, IReadOnlyList<string> assets, IReportRenderer renderer, CancellationToken cancellationToken)
    {
        if (assets.Count == 0 && await archive.GetAsync(day, renderer.Format, cancellationToken).ConfigureAwait(false) is { } stored)
            return new ServedReport(stored, FromArchive: true);

        var report = await build.RunAsync(new ReportRequest(day, assets), cancellationToken).ConfigureAwait(false);
        return new ServedReport(new RenderedReport(day, renderer.Format, renderer.ContentType, renderer.Render(report)), FromArchive: false);
    }
}

public sealed record ServedReport(RenderedReport Report, bool FromArchive);
