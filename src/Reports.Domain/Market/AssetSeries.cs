namespace Reports.Domain.Market;

/// <summary>Everything stored for one crypto asset, each list sorted by time with no duplicates.</summary>
public sealed record AssetSeries(
    string Symbol,
    IReadOnlyList<Candle> Daily,
    IReadOnlyList<Candle> FourHour,
    IReadOnlyList<DerivativesPoint> Derivatives);
