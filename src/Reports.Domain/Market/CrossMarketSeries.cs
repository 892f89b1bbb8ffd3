namespace Reports.Domain.Market;

/// <summary>Daily closes of a non-crypto market (gold, Nasdaq...); only trading days are present.</summary>
public sealed record CrossMarketSeries(string Name, IReadOnlyList<Candle> Daily);
