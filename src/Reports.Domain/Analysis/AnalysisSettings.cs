namespace Reports.Domain.Analysis;

/// <summary>Windows behind the figures; every default is documented in docs/metrics.md.</summary>
public sealed record AnalysisSettings
{
    /// <summary>Days before D searched for the recent swing high of total market cap.</summary>
    public int SwingHighWindowDays { get; init; } = 30;

    /// <summary>Days before D searched for the cycle peak of total market cap.</summary>
    public int CyclePeakWindowDays { get; init; } = 365;

    /// <summary>Support window: lows between <see cref="SupportWindowEndDays"/> and <see cref="SupportWindowStartDays"/> days before D.</summary>
    public int SupportWindowStartDays { get; init; } = 30;
    public int SupportWindowEndDays { get; init; } = 7;

    /// <summary>Longer-range support: lowest low of the last 90 days before the short window.</summary>
    public int LongSupportWindowDays { get; init; } = 90;

    /// <summary>Window for cross-market highs and BTC return correlation.</summary>
    public int CrossMarketWindowDays { get; init; } = 30;

    /// <summary>Days of history kept for the charts.</summary>
    public int ChartDays { get; init; } = 120;

    /// <summary>4-hour bars kept for the momentum chart.</summary>
    public int ChartFourHourBars { get; init; } = 180;

    /// <summary>Days before D whose events.csv entries are cited as catalysts.</summary>
    public int EventLookbackDays { get; init; } = 7;

    public static AnalysisSettings Default { get; } = new();
}
