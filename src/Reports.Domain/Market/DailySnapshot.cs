namespace Reports.Domain.Market;

/// <summary>Normalised data one source produced for one UTC day: the unit stored per source and day.</summary>
public sealed record DailySnapshot(
    string Source,
    DateOnly Day,
    MarketCapPoint? Global,
    IReadOnlyList<AssetDay> Assets,
    IReadOnlyList<CrossMarketDay> CrossMarkets);

/// <summary>One asset's data for the day from one source; a source fills only what it provides.</summary>
public sealed record AssetDay(string Symbol, Candle? Daily, IReadOnlyList<Candle> FourHour, DerivativesPoint? Derivatives);

/// <summary>A cross market's daily bar (absent on weekends and holidays, which is normal).</summary>
public sealed record CrossMarketDay(string Name, Candle Daily);
