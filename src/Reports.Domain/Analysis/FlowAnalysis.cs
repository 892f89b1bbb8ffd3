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
    IReadOnlyList<DataWarning> Warnings)
{
    /// <summary>Records, ranks and base rates from the stored history up to D.</summary>
    public MarketHistory History { get; init; } = MarketHistory.None;

    /// <summary>D−1's calls (nearest supports, named momentum turns) scored against D; empty when D−1 cannot be rebuilt.</summary>
    public IReadOnlyList<ScoredCall> YesterdaysCalls { get; init; } = [];

    /// <summary>
    /// Whether records reach back far enough for "lowest on record" or a record to mean something: at least
    /// <see cref="MarketHistory.MinimumDaysForRecord"/> days. On a deployment's first day every low is the lowest.
    /// </summary>
    public bool RecordsLongEnough => RecordsReachBack(MarketHistory.MinimumDaysForRecord);

    /// <summary>Whether records reach back a whole swing-high window (30 days): only then is the swing high a "30-day high".</summary>
    public bool RecordsCoverSwingHigh => RecordsReachBack(Settings.SwingHighWindowDays);

    /// <summary>Whether records reach back a whole cycle-peak window (365 days): only then is the peak a "cycle peak".</summary>
    public bool RecordsCoverCyclePeak => RecordsReachBack(Settings.CyclePeakWindowDays);

    private bool RecordsReachBack(int days) => History.RecordsBegin is { } begins && Date.DayNumber - begins.DayNumber >= days;

    /// <summary>Where the money went: the total's change split by part, dominance and stablecoin supply; null without per-coin caps (see <see cref="Gaps"/>).</summary>
    public FlowAttribution? Attribution { get; init; }
}
