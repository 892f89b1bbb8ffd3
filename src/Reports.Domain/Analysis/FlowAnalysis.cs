using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Every figure for report day D, computed once, immutable; the narrative and renderers read only this.</summary>
/// <param name="Gaps">Inputs that were missing for D, in plain words ("no liquidation data").</param>
public sealed record FlowAnalysis(
    DateOnly Date,
    AnalysisSettings Settings,
    MarketFlow Market,
    IReadOnlyList<AssetFlow> Assets,
    IReadOnlyList<Divergence> Divergences,
    IReadOnlyList<CrossMarketFlow> CrossMarkets,
    IReadOnlyList<MarketEvent> Events,
    IReadOnlyList<Catalyst> Catalysts,
    IReadOnlyList<WatchItem> Watch,
    ChartData Charts,
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<DataWarning> Warnings);
