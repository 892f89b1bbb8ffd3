using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.Watch;

namespace Reports.Domain.UseCases;

/// <summary>
/// Loads stored history, analyses day D (default: the last day in the data) and writes the article. With a watch-break
/// log, the breaks the watch check recorded on D join yesterday's scored calls; without one (a data folder) the
/// article says nothing about alerts.
/// </summary>
public sealed class BuildReport(IMarketDataStore store, AnalysisSettings? settings = null, IWatchBreakLog? breakLog = null)
{
    /// <exception cref="MarketDataException">No data, or none for the requested day.</exception>
    /// <exception cref="UnknownAssetException">A requested asset is not in the data.</exception>
    public async Task<FlowReport> RunAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var data = await LoadAsync(request.Date, cancellationToken).ConfigureAwait(false);
        return await BuildAsync(data, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored history the report of <paramref name="day"/> (the last stored day when null) reads.</summary>
    public Task<MarketData> LoadAsync(DateOnly? day, CancellationToken cancellationToken) =>
        store.LoadForReportAsync(day, CoinCapDays, cancellationToken);

    /// <summary>Days of per-coin caps one report reads, ending on its day.</summary>
    public int CoinCapDays => FlowAttribution.CapDaysRead(settings ?? AnalysisSettings.Default);

    /// <summary><see cref="RunAsync"/> for callers that already hold the data: reads D's watch breaks, then <see cref="Build"/>.</summary>
    /// <exception cref="StoreUnavailableException">The watch-break log failed (the article would silently differ without it).</exception>
    public async Task<FlowReport> BuildAsync(MarketData data, ReportRequest request, CancellationToken cancellationToken)
    {
        if (breakLog is null) return Build(data, request);
        data = Selected(data, request);
        return Build(data, request, await breakLog.ListAsync(Day(data, request), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The pure half of <see cref="BuildAsync"/>: <paramref name="breaks"/> are the watch breaks recorded on D (none: no alert facts).</summary>
    public FlowReport Build(MarketData data, ReportRequest request, IReadOnlyList<LevelBreak>? breaks = null)
    {
        data = Selected(data, request);
        var analysis = FlowAnalyzer.Analyze(data, Day(data, request), settings);
        if (breaks is { Count: > 0 }) analysis = analysis with { YesterdaysCalls = YesterdaysCalls.WithBreaks(analysis.YesterdaysCalls, breaks) };
        return NarrativeEngine.Report(analysis);
    }

    private static MarketData Selected(MarketData data, ReportRequest request) =>
        request.Assets is { Count: > 0 } wanted ? data.WithAssets(wanted) : data;

    private DateOnly Day(MarketData data, ReportRequest request) =>
        request.Date ?? data.LastDay ?? throw new MarketDataException($"No market data found in {store.Description}.");
}
