using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;

namespace Reports.Domain.UseCases;

/// <summary>Loads stored history, analyses day D (default: the last day in the data) and writes the article.</summary>
public sealed class BuildReport(IMarketDataStore store, AnalysisSettings? settings = null)
{
    public async Task<FlowReport> RunAsync(DateOnly? day, CancellationToken cancellationToken)
    {
        var data = await store.LoadAsync(day, cancellationToken).ConfigureAwait(false);
        var reportDay = day ?? data.LastDay ?? throw new MarketDataException($"No market data found in {store.Description}.");
        return NarrativeEngine.Report(FlowAnalyzer.Analyze(data, reportDay, settings));
    }
}
