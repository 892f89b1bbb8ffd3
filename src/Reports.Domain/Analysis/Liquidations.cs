using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Liquidations summed over the assets that report them, and whether D set a record in the stored history.</summary>
public static class Liquidations
{
    public static LiquidationFlow? Calculate(MarketData data, DateOnly day)
    {
        var reporting = data.Assets
            .Select(a => (a.Symbol, Point: a.Derivatives.OnDay(day)))
            .Where(x => x.Point?.TotalLiquidationsUsd is not null)
            .ToList();
        if (reporting.Count == 0) return null;

        var longs = reporting.Sum(x => x.Point!.LongLiquidationsUsd ?? 0m);
        var shorts = reporting.Sum(x => x.Point!.ShortLiquidationsUsd ?? 0m);
        var total = longs + shorts;

        // Daily totals of earlier days, over the same assets, so a record compares like with like.
        var symbols = reporting.Select(x => x.Symbol).ToHashSet();
        var earlier = data.Assets
            .Where(a => symbols.Contains(a.Symbol))
            .SelectMany(a => a.Derivatives)
            .Where(p => p.Date < day && p.TotalLiquidationsUsd is not null)
            .GroupBy(p => p.Date)
            .Select(g => new DatedValue(g.Key, g.Sum(p => p.TotalLiquidationsUsd!.Value)))
            .MaxBy(v => v.Value);

        return new LiquidationFlow(
            longs,
            shorts,
            total,
            Record: earlier is not null && total > earlier.Value,
            PreviousRecord: earlier,
            Assets: reporting.Select(x => x.Symbol).ToList());
    }
}
