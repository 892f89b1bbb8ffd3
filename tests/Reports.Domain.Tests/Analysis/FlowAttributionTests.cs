using Reports.Domain.Analysis;
using Reports.Domain.Market;

namespace Reports.Domain.Tests.Analysis;

/// <summary>Where the money went: figures checked by hand from the small market below.</summary>
public class FlowAttributionTests
{
    internal static readonly DateOnly D = new(2026, 2, 5);
    private static readonly DateOnly SwingHigh = new(2026, 1, 14);
    private const decimal T = 1_000_000_000_000m;
    private const decimal B = 1_000_000_000m;

    /// <summary>
    /// Total cap $3.0T every day from 6 January, except the swing high $3.3T on 14 January, $2.8T on D−7, $2.6T on D−1
    /// and $2.5T on D. Per-coin caps on 14 January, D−7, D−1 and D.
    /// </summary>
    /// <param name="usdtOnD">USDT's cap on D (default $160 billion: $10 billion minted over the $800 billion drain).</param>
    internal static MarketData Market(Func<DateOnly, bool>? capsOn = null, decimal? usdtOnD = null)
    {
        var global = new List<MarketCapPoint>();
        for (var day = new DateOnly(2026, 1, 6); day <= D; day = day.AddDays(1))
        {
            var total = day == SwingHigh ? 3.3m * T : day == D.AddDays(-7) ? 2.8m * T : day == D.AddDays(-1) ? 2.6m * T : day == D ? 2.5m * T : 3.0m * T;
            global.Add(new MarketCapPoint(day, total, null));
        }

        var caps = new List<CoinMarketCap>();
        void Day(DateOnly day, decimal btc, decimal eth, decimal usdt, decimal usdc, decimal sol, decimal xrp)
        {
            if (capsOn is not null && !capsOn(day)) return;
            caps.AddRange(
            [
                new(day, "BTC", btc, CoinCategory.Other), new(day, "ETH", eth, CoinCategory.Other),
                new(day, "SOL", sol, CoinCategory.Other), new(day, "USDC", usdc, CoinCategory.Stablecoin),
                new(day, "USDT", usdt, CoinCategory.Stablecoin), new(day, "XRP", xrp, CoinCategory.Other),
            ]);
        }
        Day(SwingHigh, 1.9m * T, 0.4m * T, 150m * B, 50m * B, 300m * B, 200m * B);
        Day(D.AddDays(-7), 1.7m * T, 0.35m * T, 152m * B, 50m * B, 260m * B, 160m * B);
        Day(D.AddDays(-1), 1.6m * T + 0.37m, 0.3m * T, 155m * B, 50m * B, 230m * B, 140m * B);
        // D: USDT minted $5B on the day, so stablecoin supply rose while the total fell.
        Day(D, 1.5m * T + 0.12m, 0.25m * T, usdtOnD ?? 160m * B, 50m * B, 200m * B, 120m * B);

        return new MarketData(global, [new AssetSeries("BTC", [], [], []), new AssetSeries("ETH", [], [], [])], [], [], [], [])
        {
            CoinCaps = caps.OrderBy(c => c.Date).ThenBy(c => c.Symbol, StringComparer.Ordinal).ToList(),
        };
    }

    private static FlowAnalysis Analyze(MarketData data) => FlowAnalyzer.Analyze(data, D);

    [Fact]
    public void The_drain_since_the_swing_high_splits_into_parts_checked_by_hand()
    {
        var drain = Analyze(Market()).Attribution!.Drain!;

        Assert.Equal((SwingHigh, D), (drain.From, drain.To));
        Assert.Equal(-0.8m * T, drain.TotalChangeUsd);
        Assert.Equal(-0.4m * T + 0.12m, drain.BtcUsd);         // 1.5T + 0.12 − 1.9T
        Assert.Equal(-0.15m * T, drain.EthUsd);                // 0.25T − 0.4T
        Assert.Equal(10m * B, drain.StablecoinsUsd);           // (160 + 50) − (150 + 50)
        Assert.Equal(-180m * B, drain.RestOfTopUsd);           // (200 + 120) − (300 + 200)
        Assert.Equal(-80m * B - 0.12m, drain.OutsideTopUsd);   // outside: 0.3T on 14 Jan, 0.22T − 0.12 on D
        Assert.Equal(drain.TotalChangeUsd, drain.BtcUsd + drain.EthUsd + drain.StablecoinsUsd + drain.RestOfTopUsd + drain.OutsideTopUsd);
        Assert.Equal(50m, Math.Round(drain.SharePct(drain.BtcUsd)!.Value, 6));
        Assert.Equal(68.75m, Math.Round(drain.TrackedAssetsSharePct!.Value, 6));   // (0.4T + 0.15T) / 0.8T
    }

    [Fact]
    public void Dominance_is_btc_cap_over_the_total_and_its_rise_in_a_falling_market_is_a_flight_to_quality()
    {
        var a = Analyze(Market()).Attribution!;

        Assert.Equal((1.5m * T + 0.12m) / (2.5m * T) * 100m, a.BtcDominancePct);
        Assert.Equal(1.9m / 3.3m * 100m, a.Drain!.FromBtcDominancePct);
        Assert.Equal(2.424242, (double)a.Drain.BtcDominanceChangePp, 6);   // 60.000000 − 57.575758
        Assert.True(a.Drain.FlightToQuality);
        // Over the day BTC fell 6.2 % and the total 3.8 %: its share fell, so no flight to quality.
        Assert.Equal(-1.538462, (double)a.Day!.BtcDominanceChangePp, 6);   // 60.000000 − 61.538462
        Assert.False(a.Day.FlightToQuality);
    }

    [Fact]
    public void Levels_on_the_day_and_the_stablecoin_supply_change_per_window()
    {
        var a = Analyze(Market()).Attribution!;

        Assert.Equal((6, 2.5m * T, 210m * B, 320m * B), (a.TopCoins, a.TotalMarketCapUsd, a.StablecoinSupplyUsd, a.RestOfTopUsd));
        Assert.Equal(2.5m * T - (1.5m * T + 0.12m) - 0.25m * T - 210m * B - 320m * B, a.OutsideTopUsd);
        Assert.Equal(5m * B, a.Day!.StablecoinSupplyChangeUsd);
        Assert.Equal(8m * B, a.Week!.StablecoinSupplyChangeUsd);
        Assert.Equal(-0.3m * T, a.Week.TotalChangeUsd);
        Assert.Equal(["BTC", "ETH"], a.TrackedAssets);
    }

    [Fact]
    public void Without_per_coin_caps_there_is_no_attribution_and_the_gap_says_why()
    {
        var analysis = Analyze(Market(_ => false));

        Assert.Null(analysis.Attribution);
        // The 31 days the attribution reads, ending on D (a store may hold older caps; a report reads none of them).
        Assert.Contains("No per-coin market caps are stored for 2026-01-06 to 2026-02-05, so where the money went (the flow attribution) is left out.", analysis.Gaps);
    }

    [Fact]
    public void Without_caps_for_D_there_is_no_attribution_and_the_gap_names_the_day()
    {
        var analysis = Analyze(Market(day => day != D));

        Assert.Null(analysis.Attribution);
        Assert.Contains("No per-coin market caps for 2026-02-05, so where the money went (the flow attribution) is left out.", analysis.Gaps);
    }

    [Fact]
    public void A_base_day_without_caps_leaves_out_that_window_only_with_a_gap()
    {
        var analysis = Analyze(Market(day => day != D.AddDays(-7)));

        Assert.Null(analysis.Attribution!.Week);
        Assert.NotNull(analysis.Attribution.Day);
        Assert.NotNull(analysis.Attribution.Drain);
        Assert.Contains("No per-coin market caps for 2026-01-29, so the week's attribution is left out.", analysis.Gaps);
    }

    [Fact]
    public void Caps_that_add_up_to_more_than_the_total_are_not_attributed()
    {
        var data = Market();
        data = data with { Global = [.. data.Global.Select(p => p.Date == D ? p with { TotalMarketCapUsd = 2m * T } : p)] };

        var analysis = Analyze(data);

        Assert.Null(analysis.Attribution);
        Assert.Contains("The per-coin market caps for 2026-02-05 add up to more than the total market cap, so where the money went (the flow attribution) is left out.", analysis.Gaps);
    }
}
