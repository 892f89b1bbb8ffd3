using Reports.Domain.Indicators;
using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Cuts the chart windows out of the data, so the renderer draws and never computes.</summary>
public static class ChartSeries
{
    public static ChartData Build(MarketData data, DateOnly day, AnalysisSettings settings)
    {
        var from = day.AddDays(-settings.ChartDays + 1);
        var cap = data.Global.Between(from, day, p => p.Date).Select(p => new DatedValue(p.Date, p.TotalMarketCapUsd)).ToList();
        var assets = data.Assets.Select(a => new AssetChart(
            a.Symbol,
            a.Daily.Between(from, day, c => c.Day).Select(c => new DatedValue(c.Day, c.Close)).ToList(),
            FourHour(a.FourHour, day, settings.ChartFourHourBars))).ToList();
        return new ChartData(cap, assets);
    }

    private static IReadOnlyList<IndicatorPoint> FourHour(IReadOnlyList<Candle> all, DateOnly day, int bars)
    {
        var candles = MomentumAnalysis.FourHourThrough(all, day);
        if (candles.Count == 0) return [];
        var macd = Macd.Calculate(candles);
        var rsi = Rsi.Calculate(candles);
        var start = Math.Max(0, candles.Count - bars);
        return Enumerable.Range(start, candles.Count - start)
            .Select(i => new IndicatorPoint(candles[i].OpenTime, (double)candles[i].Close, rsi[i].Rsi, macd[i].Macd, macd[i].Signal, macd[i].Histogram))
            .ToList();
    }
}
