using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>What kind of day it was for the market as a whole; it picks the headline and the verbs.</summary>
public enum MarketRegime
{
    Unknown,
    Selloff,
    /// <summary>A big up day inside a selloff: the drain is intact but money came back today.</summary>
    ReliefRally,
    Pullback,
    SharpDrop,
    Rally,
    Quiet,
    Drift,
}

public static class MarketRegimes
{
    public const decimal SelloffDrainPct = 10m;
    public const decimal PullbackDrainPct = 3m;
    public const decimal BigDayPct = 3m;
    public const decimal QuietDayPct = 1m;

    public static MarketRegime Classify(MarketFlow m)
    {
        if (m.TotalMarketCapUsd is null) return MarketRegime.Unknown;
        var drainPct = m.DrainPct;
        var day = m.DailyChangePct;

        if (drainPct >= SelloffDrainPct) return day >= BigDayPct ? MarketRegime.ReliefRally : MarketRegime.Selloff;
        if (day >= BigDayPct || (drainPct <= 0 && day > 0)) return MarketRegime.Rally;
        if (drainPct >= PullbackDrainPct) return MarketRegime.Pullback;
        if (day <= -BigDayPct) return MarketRegime.SharpDrop;
        if (day is { } q && Math.Abs(q) < QuietDayPct) return MarketRegime.Quiet;
        return MarketRegime.Drift;
    }
}
