using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Each cross market's weekly move, its drop from the window high, and how closely BTC's daily returns tracked it.</summary>
public static class CrossMarketContagion
{
    /// <summary>Fewer paired returns than this give no correlation: too noisy to quote.</summary>
    public const int MinimumCorrelationSamples = 10;

    public static CrossMarketFlow Calculate(CrossMarketSeries market, IReadOnlyList<Candle>? btcDaily, DateOnly day, AnalysisSettings settings)
    {
        var last = market.Daily.LastOnOrBefore(day);
        if (last is null) return new CrossMarketFlow(market.Name, null, null, null, null, null, null, null, 0);

        var windowStart = day.AddDays(-settings.CrossMarketWindowDays);
        // A market whose source stopped delivering before the window: its last close is shown, but moves that
        // ended weeks ago are not this day's news, so no change, high or correlation is computed (Gaps says why).
        var high = market.Daily.Between(windowStart, day, c => c.Day).MaxBy(c => c.Close);
        if (high is null) return new CrossMarketFlow(market.Name, last.Day, last.Close, null, null, null, null, null, 0);

        var previous = market.Daily.LastOnOrBefore(last.Day.AddDays(-1));
        var weekBase = market.Daily.LastOnOrBefore(last.Day.AddDays(-7));
        var (correlation, samples) = btcDaily is null ? (null, 0) : Correlate(market.Daily, btcDaily, windowStart, day);

        return new CrossMarketFlow(
            market.Name,
            last.Day,
            last.Close,
            previous is null ? null : SeriesExtensions.PercentChange(previous.Close, last.Close),
            weekBase is null ? null : SeriesExtensions.PercentChange(weekBase.Close, last.Close),
            new DatedValue(high.Day, high.Close),
            SeriesExtensions.PercentChange(high.Close, last.Close),
            correlation,
            samples);
    }

    /// <summary>
    /// Pearson correlation of returns between consecutive trading days of the cross market inside the window,
    /// each paired with BTC's return over the same calendar interval (so a weekend is one BTC return, not three).
    /// </summary>
    private static (double? Value, int Samples) Correlate(IReadOnlyList<Candle> market, IReadOnlyList<Candle> btc, DateOnly from, DateOnly to)
    {
        var bars = market.Between(from, to, c => c.Day).ToList();
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 1; i < bars.Count; i++)
        {
            var btcStart = btc.OnDay(bars[i - 1].Day);
            var btcEnd = btc.OnDay(bars[i].Day);
            if (btcStart is null || btcEnd is null) continue;
            xs.Add((double)(bars[i].Close / bars[i - 1].Close - 1m));
            ys.Add((double)(btcEnd.Close / btcStart.Close - 1m));
        }
        return xs.Count < MinimumCorrelationSamples ? (null, xs.Count) : (Statistics.Pearson(xs, ys), xs.Count);
    }
}
