namespace Reports.Infrastructure.Storage.Documents;

/// <summary>One day's per-coin market caps (marketcaps/yyyy/MM/dd.json).</summary>
internal sealed record MarketCapsDocument
{
    public const int CurrentSchema = 1;

    public required int Schema { get; init; }
    public required DateOnly Day { get; init; }

    /// <summary>Optional in schema 1 (documents written before it carry none: observed, named by the store).</summary>
    public string? Provenance { get; init; }
    public bool Synthetic { get; init; }
    public required IReadOnlyList<CoinCapDocument> Coins { get; init; }
}

/// <param name="Category">"stablecoin" or "other".</param>
internal sealed record CoinCapDocument(string Symbol, decimal MarketCapUsd, string Category);
