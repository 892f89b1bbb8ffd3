namespace Reports.Rendering.Json.Contract;

/// <summary>Two assets compared; the gaps are stronger minus weaker (percentage points for *Pct).</summary>
public sealed record DivergenceDto(string Stronger, string Weaker, decimal WeekGapPct, decimal? YtdGapPct, double? RsiGap, double? CmfGap);
