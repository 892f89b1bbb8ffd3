namespace Reports.Infrastructure.Storage.Documents;

/// <summary>
/// The stored form of a <see cref="Reports.Domain.Market.DailySnapshot"/> (daily/&lt;source&gt;/yyyy/MM/dd.json).
/// Kept apart from the domain records so the stored format changes only on purpose (bump <see cref="Schema"/>).
/// </summary>
internal sealed record DailySnapshotDocument
{
    public const int CurrentSchema = 1;

    public required int Schema { get; init; }
    public required string Source { get; init; }
    public required DateOnly Day { get; init; }
    public string? Provenance { get; init; }
    public bool Synthetic { get; init; }
    public GlobalDocument? Global { get; init; }
    public required IReadOnlyList<AssetDayDocument> Assets { get; init; }
    public required IReadOnlyList<CrossMarketDayDocument> CrossMarkets { get; init; }
}

internal sealed record GlobalDocument(decimal TotalMarketCapUsd, decimal? TotalVolumeUsd);

/// <summary>A daily bar: its open time is 00:00 UTC of the document's day, so only prices are stored.</summary>
internal sealed record DailyBarDocument(decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);

internal sealed record BarDocument(DateTimeOffset OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);

internal sealed record DerivativesDocument(decimal? OpenInterestUsd, decimal? LongLiquidationsUsd, decimal? ShortLiquidationsUsd);

internal sealed record AssetDayDocument
{
    public required string Symbol { get; init; }
    public DailyBarDocument? Daily { get; init; }
    public IReadOnlyList<BarDocument> FourHour { get; init; } = [];
    public DerivativesDocument? Derivatives { get; init; }
}

internal sealed record CrossMarketDayDocument(string Name, DailyBarDocument Daily);
