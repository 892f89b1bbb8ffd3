namespace Reports.Domain.Analysis;

/// <summary>Two assets compared: which one is deteriorating faster, by how much, on which measures.</summary>
/// <param name="Weaker">The asset doing worse on the week (ties broken by YTD).</param>
/// <param name="WeekGapPct">Stronger's weekly change minus weaker's, in percentage points (≥ 0).</param>
/// <param name="YtdGapPct">Stronger's YTD change minus weaker's, in percentage points (may be negative).</param>
/// <param name="RsiGap">Stronger's 4h RSI minus weaker's.</param>
/// <param name="CmfGap">Stronger's daily CMF minus weaker's.</param>
public sealed record Divergence(
    string Stronger,
    string Weaker,
    decimal WeekGapPct,
    decimal? YtdGapPct,
    double? RsiGap,
    double? CmfGap);
