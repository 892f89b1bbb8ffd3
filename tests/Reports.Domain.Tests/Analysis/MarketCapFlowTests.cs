using Reports.Domain.Analysis;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class MarketCapFlowTests
{
    private readonly MarketFlow _flow = MarketCapFlow.Calculate(Data(), D, AnalysisSettings.Default);

    [Fact]
    public void Cap_and_daily_change_come_from_D_and_D_minus_1()
    {
        Assert.Equal(2_900 * Billion, _flow.TotalMarketCapUsd);
        Assert.Equal(3_100 * Billion, _flow.PreviousMarketCapUsd);
        // (2,900 / 3,100 − 1) × 100
        Assert.Equal(-6.4516129, (double)_flow.DailyChangePct!.Value, 6);
    }

    [Fact]
    public void Swing_high_is_the_highest_cap_in_the_30_days_before_D_and_the_drain_is_spread_over_calendar_days()
    {
        Assert.Equal(new DatedValue(new DateOnly(2025, 12, 20), 3_400 * Billion), _flow.SwingHigh);
        Assert.Equal(500 * Billion, _flow.DrainUsd);
        Assert.Equal(21, _flow.DrainDays); // 20 Dec → 10 Jan
        Assert.Equal(500 * Billion / 21, _flow.DrainPerDayUsd);
    }

    [Fact]
    public void Cycle_peak_reaches_back_365_days_beyond_the_swing_window()
    {
        Assert.Equal(new DatedValue(new DateOnly(2025, 12, 5), 3_600 * Billion), _flow.CyclePeak);
        Assert.Equal(700 * Billion, _flow.LossFromPeakUsd);
        Assert.Equal(19.4444444, (double)_flow.LossFromPeakPct!.Value, 6);
    }

    [Fact]
    public void Volume_on_D_is_a_record_when_above_every_earlier_day()
    {
        Assert.Equal(160 * Billion, _flow.TotalVolumeUsd);
        Assert.True(_flow.VolumeRecord);
        Assert.Equal(new DatedValue(new DateOnly(2025, 12, 25), 150 * Billion), _flow.PreviousVolumeRecord);
    }

    [Fact]
    public void A_shorter_swing_window_finds_a_different_high()
    {
        var flow = MarketCapFlow.Calculate(Data(), D, new AnalysisSettings { SwingHighWindowDays = 5 });
        Assert.Equal(new DatedValue(new DateOnly(2026, 1, 9), 3_100 * Billion), flow.SwingHigh);
        Assert.Equal(200 * Billion, flow.DrainUsd);
        Assert.Equal(1, flow.DrainDays);
    }

    [Fact]
    public void A_cap_above_the_swing_high_gives_a_negative_drain()
    {
        var flow = MarketCapFlow.Calculate(Data(cap: d => d == D ? 3_500 * Billion : SelloffCap(d)), D, AnalysisSettings.Default);
        Assert.Equal(-100 * Billion, flow.DrainUsd);
    }

    [Fact]
    public void Missing_global_data_leaves_market_figures_null()
    {
        var flow = MarketCapFlow.Calculate(Data(withGlobal: false), D, AnalysisSettings.Default);
        Assert.Null(flow.TotalMarketCapUsd);
        Assert.Null(flow.DailyChangePct);
        Assert.Null(flow.SwingHigh);
        Assert.Null(flow.DrainUsd);
        Assert.False(flow.VolumeRecord);
    }

    [Fact]
    public void Liquidations_sum_longs_and_shorts_and_compare_with_the_largest_earlier_day()
    {
        var liq = _flow.Liquidations!;
        Assert.Equal(800_000_000m, liq.LongUsd);
        Assert.Equal(200_000_000m, liq.ShortUsd);
        Assert.Equal(1_000_000_000m, liq.TotalUsd);
        Assert.True(liq.Record);
        Assert.Equal(new DatedValue(new DateOnly(2025, 12, 20), 400_000_000m), liq.PreviousRecord);
        Assert.Equal(["BTC"], liq.Assets);
    }

    [Fact]
    public void No_derivatives_means_no_liquidation_figures_rather_than_zero()
    {
        Assert.Null(MarketCapFlow.Calculate(Data(withDerivatives: false), D, AnalysisSettings.Default).Liquidations);
    }
}
