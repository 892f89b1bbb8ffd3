using Reports.Domain.Analysis;
using Reports.Domain.Market;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class CrossMarketContagionTests
{
    [Fact]
    public void On_a_weekend_the_last_trading_close_and_the_week_before_it_are_used()
    {
        var gold = CrossMarketContagion.Calculate(new CrossMarketSeries("GOLD", Gold()), BtcDaily(), D, AnalysisSettings.Default);

        Assert.Equal(new DateOnly(2026, 1, 9), gold.LastDate);
        Assert.Equal(1_995m, gold.Close);
        Assert.Equal(-0.25m, gold.DailyChangePct);                       // 1,995 / 2,000 (Thu 8 Jan)
        Assert.Equal(-5m, gold.WeekChangePct);                           // vs Fri 2 Jan 2,100
        Assert.Equal(new DatedValue(new DateOnly(2026, 1, 2), 2_100m), gold.WindowHigh);
        Assert.Equal(-5m, gold.DropFromHighPct);
    }

    [Fact]
    public void A_flat_market_has_no_defined_correlation()
    {
        var flat = Gold().Select(c => c with { Close = 2_000m }).ToList();
        var result = CrossMarketContagion.Calculate(new CrossMarketSeries("GOLD", flat), BtcDaily(), D, AnalysisSettings.Default);
        Assert.Null(result.CorrelationWithBtc);
        Assert.True(result.CorrelationSamples >= CrossMarketContagion.MinimumCorrelationSamples);
    }

    [Fact]
    public void Btc_returns_are_paired_over_the_same_trading_interval_so_identical_returns_correlate_perfectly()
    {
        // Cross market closes wander; BTC closes are exactly 50× them on trading days, with weekend noise in between.
        var days = Days(new DateOnly(2025, 12, 1), D).ToList();
        var rng = new Random(7);
        var level = 2_000m;
        var cross = new List<Candle>();
        var btc = new List<Candle>();
        foreach (var d in days)
        {
            level *= 1 + (decimal)(rng.NextDouble() - 0.5) / 20;
            var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var btcClose = weekend ? level * 50 * 1.1m : level * 50;
            if (!weekend) cross.Add(Candle.Daily(d, level, level, level, level, 0));
            btc.Add(Candle.Daily(d, btcClose, btcClose, btcClose, btcClose, 0));
        }

        var result = CrossMarketContagion.Calculate(new CrossMarketSeries("NASDAQ", cross), btc, D, AnalysisSettings.Default);
        Assert.Equal(1.0, result.CorrelationWithBtc!.Value, 9);
        Assert.Equal(21, result.CorrelationSamples); // 22 weekdays in [11 Dec, 10 Jan] give 21 returns
    }

    [Fact]
    public void A_market_with_no_bars_before_D_reports_nothing()
    {
        var result = CrossMarketContagion.Calculate(new CrossMarketSeries("SILVER", []), BtcDaily(), D, AnalysisSettings.Default);
        Assert.Null(result.LastDate);
        Assert.Null(result.CorrelationWithBtc);
    }

    [Fact]
    public void Pearson_matches_a_hand_computed_value()
    {
        // x = 1,2,3,4 ; y = 2,4,5,4 → Sxy = 3.5, Sxx = 5, Syy = 4.75
        Assert.Equal(3.5 / Math.Sqrt(5 * 4.75), Statistics.Pearson([1, 2, 3, 4], [2, 4, 5, 4])!.Value, 12);
    }
}
