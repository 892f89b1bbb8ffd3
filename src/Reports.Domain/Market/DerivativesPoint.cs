namespace Reports.Domain.Market;

/// <summary>One UTC day of derivatives data for an asset; any figure may be unknown.</summary>
public sealed record DerivativesPoint(
    DateOnly Date,
    decimal? OpenInterestUsd,
    decimal? LongLiquidationsUsd,
    decimal? ShortLiquidationsUsd)
{
    public decimal? TotalLiquidationsUsd =>
        LongLiquidationsUsd is null && ShortLiquidationsUsd is null
            ? null
            : (LongLiquidationsUsd ?? 0m) + (ShortLiquidationsUsd ?? 0m);
}
