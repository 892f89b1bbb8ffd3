namespace Reports.Domain.UseCases;

/// <summary>A requested asset is not in the stored data: a caller mistake, not a data fault.</summary>
public sealed class UnknownAssetException(string symbol, IReadOnlyList<string> available)
    : Exception($"Unknown asset '{symbol}': the data has {(available.Count == 0 ? "no assets" : string.Join(", ", available))}.")
{
    public string Symbol { get; } = symbol;
    public IReadOnlyList<string> Available { get; } = available;
}
