namespace Reports.Domain.Market;

/// <summary>Total crypto market capitalisation and traded volume for one UTC day.</summary>
public sealed record MarketCapPoint(DateOnly Date, decimal TotalMarketCapUsd, decimal? TotalVolumeUsd);
