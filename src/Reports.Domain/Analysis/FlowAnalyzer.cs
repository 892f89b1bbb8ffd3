using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Computes every figure of the report for day D from the stored history. Pure: same data, same result.</summary>
public static class FlowAnalyzer
{
    /// <exception cref="MarketDataException">Nothing at all is stored for <paramref name="day"/>.</exception>
    public static FlowAnalysis Analyze(MarketData data, DateOnly day, AnalysisSettings? settings = null)
    {
        settings ??= AnalysisSettings.Default;
        var market = MarketCapFlow.Calculate(data, day, settings);
        var indicators = data.Assets.ToDictionary(a => a.Symbol, a => FourHourIndicators.Through(a.FourHour, day));
        var assets = data.Assets.Select(a => AnalyzeAsset(a, day, settings, indicators[a.Symbol])).ToList();

        if (market.TotalMarketCapUsd is null && assets.All(a => !a.HasDailyData))
        {
            throw new MarketDataException(NoDataMessage(data, day));
        }

        var btc = data.Asset("BTC")?.Daily;
        var cross = data.CrossMarkets.Select(m => CrossMarketContagion.Calculate(m, btc, day, settings)).ToList();
        var events = data.Events
            .Where(e => e.Date >= day.AddDays(-settings.EventLookbackDays) && e.Date <= day.AddDays(MarketEvent.ScheduledHorizonDays))
            .OrderBy(e => e.Date)
            .ToList();
        var attribution = FlowAttribution.Calculate(data, day, market, settings, out var attributionGaps);
        IReadOnlyList<string> gaps = [.. Gaps.Find(data, day, market, assets, cross), .. attributionGaps];

        return new FlowAnalysis(
            day,
            settings,
            market,
            assets,
            DivergenceAnalysis.Calculate(assets),
            cross,
            events,
            CatalystFinder.Find(day, market, assets, cross, events),
            WatchList.Build(day, market, assets, cross, events, gaps),
            ChartSeries.Build(data, day, settings, indicators),
            data.Sources,
            gaps,
            data.Warnings)
        {
            History = MarketHistory.Calculate(data, day, market),
            YesterdaysCalls = Analysis.YesterdaysCalls.Score(YesterdaysAssets(data, day, settings, indicators), assets),
            Attribution = attribution,
        };
    }

    /// <summary>
    /// D−1's asset figures rebuilt from the same data (all that scoring its calls reads), or null when nothing is
    /// stored for it. Only the assets: the market, history and charts of D−1 would cost as much again for nothing.
    /// </summary>
    private static IReadOnlyList<AssetFlow>? YesterdaysAssets(MarketData data, DateOnly day, AnalysisSettings settings, Dictionary<string, FourHourIndicators> indicators)
    {
        var previous = day.AddDays(-1);
        var stored = data.Global.OnDay(previous) is not null || data.Assets.Any(a => a.Daily.OnDay(previous) is not null);
        return stored ? data.Assets.Select(a => AnalyzeAsset(a, previous, settings, indicators[a.Symbol].Before(previous))).ToList() : null;
    }

    private static AssetFlow AnalyzeAsset(AssetSeries asset, DateOnly day, AnalysisSettings settings, FourHourIndicators indicators)
    {
        var performance = AssetPerformance.Calculate(asset.Daily, day);
        var (openInterest, openInterestChange) = OpenInterest.Calculate(asset.Derivatives, day);
        var derivatives = asset.Derivatives.OnDay(day);
        var today = performance.Today;

        return new AssetFlow(
            asset.Symbol,
            HasDailyData: today is not null,
            today?.Open,
            today?.High,
            today?.Low,
            today?.Close,
            performance.DailyChangePct,
            performance.WeakestSinceDate,
            performance.LowestOnRecord,
            performance.WeekChangePct,
            performance.YtdChangePct,
            performance.YtdBase,
            today?.Volume,
            openInterest,
            openInterestChange,
            derivatives?.LongLiquidationsUsd,
            derivatives?.ShortLiquidationsUsd,
            SupportLevels.Calculate(asset.Daily, day, performance.WeakestSinceDate, settings),
            MomentumAnalysis.Calculate(asset, day, indicators));
    }

    private static string NoDataMessage(MarketData data, DateOnly day) => data.LastDay is { } last
        ? $"No market data for {day:yyyy-MM-dd}: the data ends on {last:yyyy-MM-dd}."
        : "No market data was found.";
}
