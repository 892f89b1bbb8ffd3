namespace Reports.Rendering.Json.Contract;

/// <summary>Where the money went: per-coin caps on D summed by part and the split of each window's change (added in 1.3).</summary>
public sealed record AttributionDto(
    int TopCoins,
    decimal TotalMarketCapUsd,
    decimal BtcMarketCapUsd,
    decimal EthMarketCapUsd,
    decimal StablecoinSupplyUsd,
    decimal RestOfTopUsd,
    decimal OutsideTopUsd,
    decimal BtcDominancePct,
    IReadOnlyList<string> TrackedAssets,
    IReadOnlyList<AttributionWindowDto> Windows);

/// <summary>One window's change split by part; the five parts add up to <c>totalChangeUsd</c> exactly.</summary>
/// <param name="Name">"day", "week" or "drain": the key of figure paths such as <c>attribution.windows[drain].btcUsd</c>.</param>
public sealed record AttributionWindowDto(
    string Name,
    DateOnly From,
    DateOnly To,
    decimal FromTotalUsd,
    decimal ToTotalUsd,
    decimal TotalChangeUsd,
    decimal BtcUsd,
    decimal? BtcSharePct,
    decimal EthUsd,
    decimal? EthSharePct,
    decimal StablecoinsUsd,
    decimal? StablecoinsSharePct,
    decimal RestOfTopUsd,
    decimal? RestOfTopSharePct,
    decimal OutsideTopUsd,
    decimal? OutsideTopSharePct,
    decimal FromBtcDominancePct,
    decimal ToBtcDominancePct,
    decimal BtcDominanceChangePp,
    decimal FromStablecoinSupplyUsd,
    decimal ToStablecoinSupplyUsd,
    decimal StablecoinSupplyChangeUsd,
    decimal? TrackedAssetsUsd,
    decimal? TrackedAssetsSharePct,
    bool FlightToQuality);
