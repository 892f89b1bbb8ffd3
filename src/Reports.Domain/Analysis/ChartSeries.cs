using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Cuts the chart windows out of the data, so the renderer draws and never computes.</summary>
public static class ChartSeries
{
    public static ChartData Build(MarketData data, DateOnly day, AnalysisSettings settings, IReadOnlyDictionary<string, FourHourIndicators> indicators)
    {
        var from = day.AddDays(-settings.ChartDays + 1);
        var cap = data.Global.Between(from, day, p => p.Date).Select(p => new DatedValue(p.Date, p.TotalMarketCapUsd)).ToList();
        var assets = data.Assets.Select(a => new AssetChart(
            a.Symbol,
            a.Daily.Between(from, day, c => c.Day).Select(c => new DatedValue(c.Day, c.Close)).ToList(),
            FourHour(indicators[a.Symbol], settings.ChartFourHourBars))).ToList();
        return new ChartData(cap, assets);
    }

    private static IReadOnlyList<IndicatorPoint> FourHour(FourHourIndicators series, int bars)
    {
        var (candles, macd, rsi) = (series.Candles, series.Macd, series.Rsi);
        var start = Math.Max(0, candles.Count - bars);
        return Enumerable.Range(start, candles.Count - start)
            .Select(i => new IndicatorPoint(candles[i].OpenTime, (double)candles[i].Close, rsi[i].Rsi, macd[i].Macd, macd[i].Signal, macd[i].Histogram))
            .ToList();
    }
}
