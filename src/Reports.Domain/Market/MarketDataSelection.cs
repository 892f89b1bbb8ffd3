using Reports.Domain.UseCases;

namespace Reports.Domain.Market;

public static class MarketDataSelection
{
    /// <summary>Keeps only the named assets (in the report's usual order); market-wide series stay.</summary>
    /// <exception cref="UnknownAssetException">A symbol is not in the data.</exception>
    public static MarketData WithAssets(this MarketData data, IReadOnlyList<string> symbols)
    {
        var available = data.Assets.Select(a => a.Symbol).ToList();
        foreach (var s in symbols)
        {
            if (data.Asset(s) is null) throw new UnknownAssetException(s, available);
        }
        var keep = symbols.Select(s => s.ToUpperInvariant()).ToHashSet();
        return data with { Assets = data.Assets.Where(a => keep.Contains(a.Symbol.ToUpperInvariant())).ToList() };
    }
}
