namespace Reports.Domain.Analysis;

/// <summary>Compares each asset with the first (BTC where present): which is deteriorating faster, and by how much.</summary>
public static class DivergenceAnalysis
{
    public static IReadOnlyList<Divergence> Calculate(IReadOnlyList<AssetFlow> assets)
    {
        var comparable = assets.Where(a => a.WeekChangePct is not null).ToList();
        if (comparable.Count < 2) return [];

        var anchor = comparable[0];
        return comparable.Skip(1).Select(other => Compare(anchor, other)).ToList();
    }

    private static Divergence Compare(AssetFlow a, AssetFlow b)
    {
        var aWeaker = a.WeekChangePct < b.WeekChangePct
            || (a.WeekChangePct == b.WeekChangePct && (a.YtdChangePct ?? 0) < (b.YtdChangePct ?? 0));
        var (stronger, weaker) = aWeaker ? (b, a) : (a, b);
        return new Divergence(
            stronger.Symbol,
            weaker.Symbol,
            stronger.WeekChangePct!.Value - weaker.WeekChangePct!.Value,
            stronger.YtdChangePct - weaker.YtdChangePct,
            stronger.Momentum.Rsi4h - weaker.Momentum.Rsi4h,
            stronger.Momentum.CmfDaily - weaker.Momentum.CmfDaily);
    }
}
