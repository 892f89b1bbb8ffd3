namespace Reports.Domain.Analysis;

/// <summary>Bitcoin dominance: BTC's market cap as a share of the total crypto market cap, and what its moves mean.</summary>
public static class Dominance
{
    /// <summary>
    /// A dominance move smaller than this (percentage points) is not a rotation: BTC's share drifts by a few tenths of
    /// a point on ordinary days (and within the noise of the total's own estimate), so "flight to quality" or
    /// "broadened" needs half a point over the window.
    /// </summary>
    public const decimal MinShiftPp = 0.5m;

    /// <summary>BTC cap ÷ total cap × 100.</summary>
    public static decimal Pct(decimal btcCapUsd, decimal totalCapUsd) => btcCapUsd / totalCapUsd * 100m;

    /// <summary>Flight to quality: the total fell while BTC's share rose by at least <see cref="MinShiftPp"/>.</summary>
    public static bool IsFlightToQuality(decimal totalChangeUsd, decimal dominanceChangePp) =>
        totalChangeUsd < 0 && dominanceChangePp >= MinShiftPp;

    /// <summary>A broadening advance: the total rose while BTC's share fell by at least <see cref="MinShiftPp"/>.</summary>
    public static bool IsBroadening(decimal totalChangeUsd, decimal dominanceChangePp) =>
        totalChangeUsd > 0 && dominanceChangePp <= -MinShiftPp;
}
