using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Cuts the chart windows out of the data, so the renderer draws and never computes.</summary>
public static class ChartSeries
{
    /// <summary>A daily line or 4h series whose last point is older than this is not drawn: it would pass for the report day's picture.</summary>
    public const int StaleAfterDays = 7;

    public static ChartData Build(MarketData data, DateOnly day, AnalysisSettings settings, IReadOnlyDictionary<string, FourHourIndicators> indicators)
    {
        var from = day.AddDays(-settings.ChartDays + 1);
        var cap = Current(data.Global.Between(from, day, p => p.Date).Select(p => new DatedValue(p.Date, p.TotalMarketCapUsd)).ToList(), day);
        var assets = data.Assets.Select(a => new AssetChart(
            a.Symbol,
            Current(a.Daily.Between(from, day, c => c.Day).Select(c => new DatedValue(c.Day, c.Close)).ToList(), day),
            FourHour(indicators[a.Symbol], settings.ChartFourHourBars, day))).ToList();
        return new ChartData(cap, assets);
    }

    private static IReadOnlyList<DatedValue> Current(List<DatedValue> line, DateOnly day) =>
        line.Count > 0 && Stale(line[^1].Date, day) ? [] : line;

    private static bool Stale(DateOnly last, DateOnly day) => last < day.AddDays(-StaleAfterDays);

    private static IReadOnlyList<IndicatorPoint> FourHour(FourHourIndicators series, int bars, DateOnly day)
    {
        var (candles, macd, rsi) = (series.Candles, series.Macd, series.Rsi);
        if (candles.Count > 0 && Stale(candles[^1].Day, day)) return [];
        var start = Math.Max(0, candles.Count - bars);
        return Enumerable.Range(start, candles.Count - start)
            .Select(i => new IndicatorPoint(candles[i].OpenTime, (double)candles[i].Close, rsi[i].Rsi, macd[i].Macd, macd[i].Signal, macd[i].Histogram))
            .ToList();
    }
}
