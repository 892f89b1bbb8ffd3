using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>Loads stored history, analyses day D (default: the last day in the data) and writes the article.</summary>
public sealed class BuildReport(IMarketDataStore store, AnalysisSettings? settings = null)
{
    /// <exception cref="MarketDataException">No data, or none for the requested day.</exception>
    /// <exception cref="UnknownAssetException">A requested asset is not in the data.</exception>
    public async Task<FlowReport> RunAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var data = await LoadAsync(request.Date, cancellationToken).ConfigureAwait(false);
        return Build(data, request);
    }

    /// <summary>The stored history the report of <paramref name="day"/> (the last stored day when null) reads.</summary>
    public Task<MarketData> LoadAsync(DateOnly? day, CancellationToken cancellationToken) =>
        store.LoadForReportAsync(day, CoinCapDays, cancellationToken);

    /// <summary>Days of per-coin caps one report reads, ending on its day.</summary>
    public int CoinCapDays => FlowAttribution.CapDaysRead(settings ?? AnalysisSettings.Default);

    /// <summary>The pure half of <see cref="RunAsync"/>, for callers that already hold the data.</summary>
    public FlowReport Build(MarketData data, ReportRequest request)
    {
        if (request.Assets is { Count: > 0 } wanted) data = data.WithAssets(wanted);
        var day = request.Date ?? data.LastDay ?? throw new MarketDataException($"No market data found in {store.Description}.");
        return NarrativeEngine.Report(FlowAnalyzer.Analyze(data, day, settings));
    }
}
