using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>
/// Where day D stands in the stored history: records, ranks and what followed similar days (docs/metrics.md, "History").
/// Every figure is null when the history is too short to say; nothing here throws on absent or short inputs.
/// </summary>
/// <param name="RecordsBegin">The first stored day of total market cap (else of any daily candle): "since records here begin".</param>
/// <param name="MarketCapRecord">D's total cap beats every earlier stored day's, with at least <see cref="MarketHistory.MinimumDaysForRecord"/> earlier days.</param>
/// <param name="DailyMoveRank">1 = D's daily move of the total cap is the largest in its direction since records begin.</param>
/// <param name="LargerMoveSince">The most recent earlier day with a same-direction move at least as large; null when none.</param>
/// <param name="LiquidationsBegin">The first stored day with liquidations for the same assets as D's total.</param>
/// <param name="LiquidationsRank">1 = the largest liquidation day, over the same assets, since records begin.</param>
/// <param name="MarketWeekChangePct">Total cap on D against D−7, for comparing crypto with a cross market's week.</param>
/// <param name="SimilarDays">Earlier days with a same-direction move of at least the strong-day size and 7 later days stored, largest first (at most 10).</param>
/// <param name="SimilarDaysMedianWeekAfterPct">Median change of the total cap over the 7 days after those days.</param>
public sealed record MarketHistory(
    DateOnly? RecordsBegin,
    bool MarketCapRecord,
    DatedValue? PreviousMarketCapRecord,
    int? DailyMoveRank,
    int DailyMoveDays,
    DateOnly? LargerMoveSince,
    DateOnly? LiquidationsBegin,
    int? LiquidationsRank,
    int LiquidationDays,
    int? VolumeRank,
    int VolumeDays,
    decimal? MarketWeekChangePct,
    int SimilarDays,
    decimal? SimilarDaysMedianWeekAfterPct,
    IReadOnlyList<AssetVolume> Volumes)
{
    /// <summary>
    /// The median daily liquidation total (same assets as D's) over up to <see cref="VolumeAverageDays"/> earlier days, or
    /// null with fewer than <see cref="MinimumVolumeDays"/>: the bar a one-sided day must reach to be a flush or a squeeze.
    /// </summary>
    public decimal? LiquidationsMedianUsd { get; init; }

    /// <summary>A record needs this many earlier days: a high in a fortnight of data is not news.</summary>
    public const int MinimumDaysForRecord = 30;

    /// <summary>Base rates need this many similar days, and quote at most <see cref="MaximumSimilarDays"/>.</summary>
    public const int MinimumSimilarDays = 5;
    public const int MaximumSimilarDays = 10;

    /// <summary>A daily move smaller than this (percent) has no base rate: such days are too common to mean anything.</summary>
    public const decimal SimilarMovePct = 2.5m;

    /// <summary>Days of volume averaged for <see cref="AssetVolume"/>, and the fewest that give an average.</summary>
    public const int VolumeAverageDays = 30;
    public const int MinimumVolumeDays = 20;

    public static MarketHistory None { get; } = new(null, false, null, null, 0, null, null, null, 0, null, 0, null, 0, null, []);

    public static MarketHistory Calculate(MarketData data, DateOnly day, MarketFlow market)
    {
        var global = data.Global.Between(DateOnly.MinValue, day, p => p.Date).ToList();
        var begins = global.Count > 0 ? global[0].Date
            : data.Assets.Where(a => a.Daily.Count > 0).Select(a => (DateOnly?)a.Daily[0].Day).Min();

        var earlier = global.Where(p => p.Date < day).ToList();
        var capHigh = earlier.Count == 0 ? null : earlier.MaxBy(p => p.TotalMarketCapUsd);
        var capRecord = market.TotalMarketCapUsd is { } cap && earlier.Count >= MinimumDaysForRecord && cap > capHigh!.TotalMarketCapUsd;

        var moves = DailyMoves(global);
        var (moveRank, moveDays, largerSince) = MoveRank(moves, day, market.DailyChangePct);
        var (similar, median) = BaseRate(moves, global, day, market.DailyChangePct);
        var (liqBegin, liqRank, liqDays, liqMedian) = LiquidationRank(data, day, market.Liquidations);
        var volumes = global.Where(p => p.TotalVolumeUsd is not null).Select(p => p.TotalVolumeUsd!.Value).ToList();
        var (volRank, volDays) = market.TotalVolumeUsd is { } v ? (1 + volumes.Count(x => x > v), volumes.Count) : ((int?)null, 0);

        var weekAgo = global.OnDay(day.AddDays(-7));
        var week = market.TotalMarketCapUsd is { } now && weekAgo is { TotalMarketCapUsd: > 0 } w ? SeriesExtensions.PercentChange(w.TotalMarketCapUsd, now) : (decimal?)null;

        return new MarketHistory(
            begins,
            capRecord,
            capHigh is null ? null : new DatedValue(capHigh.Date, capHigh.TotalMarketCapUsd),
            moveRank,
            moveDays,
            largerSince,
            liqBegin,
            liqRank,
            liqDays,
            volRank,
            volDays,
            week,
            similar,
            median,
            [.. data.Assets.Select(a => Volume(a, day)).OfType<AssetVolume>()])
        {
            LiquidationsMedianUsd = liqMedian,
        };
    }

    /// <summary>(day, percent change from the previous calendar day) for every day whose previous day is stored.</summary>
    private static List<(DateOnly Day, decimal Pct)> DailyMoves(IReadOnlyList<MarketCapPoint> global)
    {
        var moves = new List<(DateOnly, decimal)>(global.Count);
        for (var i = 1; i < global.Count; i++)
        {
            if (global[i - 1].Date.AddDays(1) == global[i].Date && global[i - 1].TotalMarketCapUsd > 0)
                moves.Add((global[i].Date, SeriesExtensions.PercentChange(global[i - 1].TotalMarketCapUsd, global[i].TotalMarketCapUsd)));
        }
        return moves;
    }

    private static (int? Rank, int Days, DateOnly? LargerSince) MoveRank(List<(DateOnly Day, decimal Pct)> moves, DateOnly day, decimal? dayPct)
    {
        if (dayPct is not { } d || d == 0) return (null, 0, null);
        var sameWay = moves.Where(m => Math.Sign(m.Pct) == Math.Sign(d)).ToList();
        var larger = sameWay.Where(m => m.Day < day && Math.Abs(m.Pct) >= Math.Abs(d)).ToList();
        return (1 + sameWay.Count(m => m.Day < day && Math.Abs(m.Pct) > Math.Abs(d)), sameWay.Count, larger.Count > 0 ? larger[^1].Day : null);
    }

    private static (int Count, decimal? Median) BaseRate(List<(DateOnly Day, decimal Pct)> moves, IReadOnlyList<MarketCapPoint> global, DateOnly day, decimal? dayPct)
    {
        if (dayPct is not { } d || Math.Abs(d) < SimilarMovePct) return (0, null);
        var after = moves
            .Where(m => Math.Sign(m.Pct) == Math.Sign(d) && Math.Abs(m.Pct) >= SimilarMovePct && m.Day.AddDays(7) <= day)
            .OrderByDescending(m => Math.Abs(m.Pct)).ThenBy(m => m.Day)
            .Select(m => (Start: global.OnDay(m.Day), End: global.OnDay(m.Day.AddDays(7))))
            .Where(x => x.Start is { TotalMarketCapUsd: > 0 } && x.End is not null)
            .Take(MaximumSimilarDays)
            .Select(x => SeriesExtensions.PercentChange(x.Start!.TotalMarketCapUsd, x.End!.TotalMarketCapUsd))
            .Order()
            .ToList();
        return (after.Count, after.Count < MinimumSimilarDays ? null : SeriesExtensions.MedianOfSorted(after));
    }

    private static (DateOnly? Begin, int? Rank, int Days, decimal? Median) LiquidationRank(MarketData data, DateOnly day, LiquidationFlow? liq)
    {
        if (liq is null) return (null, null, 0, null);
        var symbols = liq.Assets.ToHashSet();
        var totals = data.Assets
            .Where(a => symbols.Contains(a.Symbol))
            .SelectMany(a => a.Derivatives)
            .Where(p => p.Date < day && p.TotalLiquidationsUsd is not null)
            .GroupBy(p => p.Date)
            .Select(g => (Day: g.Key, Total: g.Sum(p => p.TotalLiquidationsUsd!.Value)))
            .ToList();
        var begin = totals.Count == 0 ? day : totals.Min(t => t.Day);
        var recent = totals.Where(t => t.Day >= day.AddDays(-VolumeAverageDays)).Select(t => t.Total).Order().ToList();
        return (begin, 1 + totals.Count(t => t.Total > liq.TotalUsd), totals.Count + 1, recent.Count < MinimumVolumeDays ? null : SeriesExtensions.MedianOfSorted(recent));
    }

    private static AssetVolume? Volume(AssetSeries asset, DateOnly day)
    {
        if (asset.Daily.OnDay(day) is not { } today) return null;
        var window = asset.Daily.Between(day.AddDays(-VolumeAverageDays), day.AddDays(-1), c => c.Day).ToList();
        if (window.Count < MinimumVolumeDays) return null;
        var average = window.Average(c => c.Volume);
        return average <= 0 ? null : new AssetVolume(asset.Symbol, today.Volume, average, SeriesExtensions.PercentChange(average, today.Volume));
    }
}

/// <summary>An asset's daily volume on D against its average over the 30 days before.</summary>
/// <param name="VsAveragePct">D's volume relative to the average, in percent (the average is the base).</param>
public sealed record AssetVolume(string Symbol, decimal VolumeUsd, decimal AverageUsd, decimal VsAveragePct);
