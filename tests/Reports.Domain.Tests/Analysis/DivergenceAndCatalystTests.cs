using Reports.Domain.Analysis;
using Reports.Domain.Market;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class DivergenceAndCatalystTests
{
    private readonly FlowAnalysis _analysis = FlowAnalyzer.Analyze(
        Data(events:
        [
            new MarketEvent(new DateOnly(2026, 1, 8), "central-bank", "Rates held", "https://example.org/fomc"),
            new MarketEvent(new DateOnly(2026, 1, 15), "macro", "CPI release", null),
            new MarketEvent(new DateOnly(2025, 12, 1), "macro", "Too old to cite", null),
        ]),
        D);

    [Fact]
    public void The_asset_falling_faster_on_the_week_is_the_weaker()
    {
        var d = Assert.Single(_analysis.Divergences);
        Assert.Equal("BTC", d.Stronger);
        Assert.Equal("ETH", d.Weaker);
        // BTC −7.3684 %, ETH −10 %
        Assert.Equal(2.6315789, (double)d.WeekGapPct, 6);
        Assert.Equal(7.7777778, (double)d.YtdGapPct!.Value, 6);         // −2.2222 − (−10)
    }

    [Fact]
    public void Catalysts_come_from_events_cross_markets_records_liquidations_open_interest_and_broken_supports()
    {
        var kinds = _analysis.Catalysts.Select(c => (c.Kind, c.Subject)).ToList();
        Assert.Contains((CatalystKind.Event, "central-bank"), kinds);
        Assert.DoesNotContain(_analysis.Catalysts, c => c.Detail == "Too old to cite");
        Assert.DoesNotContain(_analysis.Catalysts, c => c.Detail == "CPI release");     // future: a watch item
        Assert.Contains((CatalystKind.CrossMarketSelloff, "GOLD"), kinds);
        Assert.Contains((CatalystKind.RecordVolume, "market"), kinds);
        Assert.Contains((CatalystKind.RecordLiquidations, "market"), kinds);
        Assert.Contains((CatalystKind.LongSqueeze, "market"), kinds);              // 80 % longs
        Assert.Contains((CatalystKind.RisingOpenInterest, "BTC"), kinds);          // +25 %
        var broken = Assert.Single(_analysis.Catalysts, c => c.Kind == CatalystKind.SupportBroken && c.Subject == "BTC");
        Assert.Equal(91_000m, broken.Value);                                       // the highest level closed below
    }

    [Fact]
    public void Watch_list_names_the_nearest_support_with_the_open_interest_exposed()
    {
        var support = Assert.Single(_analysis.Watch, w => w.Kind == WatchKind.NearestSupport && w.Subject == "BTC");
        Assert.Equal(80_000m, support.Level);
        Assert.Equal(10m, support.DistancePct);
        Assert.Equal(50 * Billion, support.ExposureUsd);

        var reclaim = Assert.Single(_analysis.Watch, w => w.Kind == WatchKind.ReclaimBrokenSupport && w.Subject == "BTC");
        Assert.Equal(89_000m, reclaim.Level);

        var high = Assert.Single(_analysis.Watch, w => w.Kind == WatchKind.SwingHighReclaim);
        Assert.Equal(3_400 * Billion, high.Level);

        var cpi = Assert.Single(_analysis.Watch, w => w.Kind == WatchKind.ScheduledEvent);
        Assert.Equal(new DateOnly(2026, 1, 15), cpi.Date);
    }

    [Fact]
    public void Missing_inputs_are_listed_as_gaps()
    {
        Assert.Contains(_analysis.Gaps, g => g.Contains("No 4h candles for BTC"));
        Assert.Contains(_analysis.Gaps, g => g.Contains("No open interest for ETH"));
        Assert.DoesNotContain(_analysis.Gaps, g => g.Contains("liquidation"));
    }

    [Fact]
    public void A_day_with_no_data_at_all_is_a_clear_error()
    {
        var e = Assert.Throws<MarketDataException>(() => FlowAnalyzer.Analyze(Data(), D.AddDays(3)));
        Assert.Equal("No market data for 2026-01-13: the data ends on 2026-01-10.", e.Message);
    }
}
