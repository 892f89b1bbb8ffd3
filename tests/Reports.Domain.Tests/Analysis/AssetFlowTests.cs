using Reports.Domain.Analysis;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class AssetFlowTests
{
    private readonly FlowAnalysis _analysis = FlowAnalyzer.Analyze(Data(), D);
    private AssetFlow Btc => _analysis.Assets.Single(a => a.Symbol == "BTC");

    [Fact]
    public void Day_low_close_and_changes_use_closes_of_D_D_minus_1_D_minus_7_and_31_December()
    {
        Assert.Equal(85_000m, Btc.Low);
        Assert.Equal(88_000m, Btc.Close);
        Assert.Equal(-4.3478261, (double)Btc.DailyChangePct!.Value, 6);   // 88/92 − 1
        Assert.Equal(-7.3684211, (double)Btc.WeekChangePct!.Value, 6);    // 88/95 − 1
        Assert.Equal(-2.2222222, (double)Btc.YtdChangePct!.Value, 6);     // 88/90 − 1
        Assert.Equal(new DatedValue(new DateOnly(2025, 12, 31), 90_000m), Btc.YtdBase);
    }

    [Fact]
    public void Weakest_since_is_the_most_recent_earlier_day_with_a_lower_low()
    {
        Assert.Equal(new DateOnly(2025, 11, 15), Btc.WeakestSinceDate);
        Assert.False(Btc.LowestOnRecord);
    }

    [Fact]
    public void A_low_below_everything_stored_is_the_lowest_on_record()
    {
        var eth = _analysis.Assets.Single(a => a.Symbol == "ETH");
        Assert.Null(eth.WeakestSinceDate);
        Assert.True(eth.LowestOnRecord);
    }

    [Fact]
    public void Support_levels_are_window_lows_nearest_first_with_breaks_flagged()
    {
        var levels = Btc.SupportLevels;
        Assert.Equal([92_000m - 1_000m, 89_000m, 80_000m], levels.Select(l => l.Price));
        // Only the window ending at D−1 gives a true N-day low; the older windows' lows are named by their day (in
        // another year than D's, so with the year).
        Assert.Equal(["7-day low", "31 Dec 2025 low", "15 Nov 2025 low"], levels.Select(l => l.Label));
        Assert.Equal([false, true, true], levels.Select(l => l.NamedByDate));

        var week = levels[0];
        Assert.Equal(new DateOnly(2026, 1, 9), week.Date);
        Assert.True(week.BrokenOnDay);
        Assert.True(week.ClosedBelow);
        Assert.Equal(-3.2967033, (double)week.DistancePct, 6);          // 88/91 − 1

        var deep = levels[2];
        Assert.False(deep.BrokenOnDay);
        Assert.Equal(10m, deep.DistancePct);                             // 88/80 − 1
        Assert.Same(deep, SupportLevels.NearestBelow(levels));
        Assert.Same(levels[1], SupportLevels.NearestBrokenAbove(levels));
    }

    [Fact]
    public void A_level_that_gave_way_before_D_is_below_the_close_but_not_broken_on_D()
    {
        // D−1 already traded at 84,000, under the 31 Dec low of 89,000 (8 to 30 days back); D's low of 85,000 breaks
        // nothing new. That older low is no longer the 30-day low, which is why it is named by its day.
        var daily = BtcDaily().Select(c => c.Day == D.AddDays(-1) ? c with { Low = 84_000m } : c).ToList();
        var levels = SupportLevels.Calculate(daily, D, AssetPerformance.WeakestSince(daily, daily[^1]), AnalysisSettings.Default);

        var month = Assert.Single(levels, l => l.Label == "31 Dec 2025 low");
        Assert.True(month.ClosedBelow);
        Assert.False(month.BrokenOnDay);
        Assert.Equal(84_000m, levels.Single(l => l.Label == "7-day low").Price);
    }

    [Fact]
    public void Open_interest_change_is_over_seven_calendar_days()
    {
        Assert.Equal(50 * Billion, Btc.OpenInterestUsd);
        Assert.Equal(25m, Btc.OpenInterestWeekChangePct);
        Assert.Equal(800_000_000m, Btc.LongLiquidationsUsd);
    }

    [Fact]
    public void Year_to_date_needs_a_close_near_31_December()
    {
        var daily = BtcDaily().Where(c => c.Day >= new DateOnly(2026, 1, 1)).ToList();
        var result = AssetPerformance.Calculate(daily, D);
        Assert.Null(result.YtdChangePct);
        Assert.Null(result.YtdBase);
    }

    [Fact]
    public void An_asset_without_a_candle_on_D_has_null_price_figures()
    {
        var result = AssetPerformance.Calculate(BtcDaily(), D.AddDays(1));
        Assert.Null(result.Today);
        Assert.Null(result.WeekChangePct);
    }

    [Fact]
    public void A_dated_level_names_the_year_only_when_it_is_not_the_report_year()
    {
        Assert.Equal("26 Jan low", SupportLevels.DatedLabel(new DateOnly(2026, 1, 26), new DateOnly(2026, 2, 5)));
        Assert.Equal("14 Dec 2025 low", SupportLevels.DatedLabel(new DateOnly(2025, 12, 14), new DateOnly(2026, 1, 5)));
    }
}
