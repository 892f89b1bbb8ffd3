using Reports.Domain.Market;

namespace Reports.Domain.Analysis;

/// <summary>Plain-words list of inputs missing for D, so the article says what it could not measure.</summary>
public static class Gaps
{
    public static IReadOnlyList<string> Find(MarketData data, DateOnly day, MarketFlow market, IReadOnlyList<AssetFlow> assets, IReadOnlyList<CrossMarketFlow> cross)
    {
        var gaps = new List<string>();
        if (market.TotalMarketCapUsd is null)
            gaps.Add(data.Global.Count == 0 ? "No total market cap data is stored." : $"No total market cap for {day:yyyy-MM-dd}.");
        else if (market.DailyChangePct is null)
            gaps.Add($"No total market cap for {day.AddDays(-1):yyyy-MM-dd}, so the daily change is unknown.");
        if (market.TotalMarketCapUsd is not null && market.TotalVolumeUsd is null)
            gaps.Add($"No total volume for {day:yyyy-MM-dd}.");
        if (market.Liquidations is null)
            gaps.Add("No liquidation data for the day.");

        foreach (var a in assets)
        {
            if (!a.HasDailyData) gaps.Add($"No daily candle for {a.Symbol} on {day:yyyy-MM-dd}.");
            if (a.Momentum.Missing is { } missing)
                gaps.Add(missing switch
                {
                    MissingMomentum.NoCandles => $"No 4h candles for {a.Symbol}, so no 4h momentum reading.",
                    MissingMomentum.TooFewCandles =>
                        $"Only {a.Momentum.FourHourCandles} 4h candles for {a.Symbol} through {day:yyyy-MM-dd} ({MomentumAnalysis.MinimumFourHourCandles} needed), so no 4h momentum reading.",
                    _ => $"The 4h candles for {a.Symbol} stop before the end of {day:yyyy-MM-dd}, so no 4h momentum reading.",
                });
            if (a.OpenInterestUsd is null) gaps.Add($"No open interest for {a.Symbol}.");
        }

        if (data.CrossMarkets.Count == 0) gaps.Add("No cross-market data is stored.");
        foreach (var m in cross.Where(m => m.LastDate is null)) gaps.Add($"No {m.Name} closes on or before {day:yyyy-MM-dd}.");
        foreach (var m in cross.Where(m => m.LastDate is not null && m.WindowHigh is null))
            gaps.Add($"The last {m.Name} close is from {m.LastDate:yyyy-MM-dd}, older than the cross-market window, so its moves are left out.");
        return gaps;
    }
}
