using Reports.Domain.Indicators;
using Reports.Domain.Market;

namespace Reports.Domain.Tests.Indicators;

public sealed class CmfTests
{
    [Fact]
    public void Matches_every_row_of_the_Stock_Indicators_golden_file()
    {
        GoldenAssert.EveryRow(
            GoldenData.Results<CmfGoldenRow>("cmf.standard.json"),
            Cmf.Calculate(GoldenData.Quotes, 20),
            r => r.Time,
            ("moneyFlowMultiplier", e => e.MoneyFlowMultiplier, a => a.MoneyFlowMultiplier),
            ("moneyFlowVolume", e => e.MoneyFlowVolume, a => a.MoneyFlowVolume),
            ("cmf", e => e.Cmf, a => a.Cmf));
    }

    [Fact]
    public void First_value_is_at_index_lookback_minus_one()
    {
        var results = Cmf.Calculate(GoldenData.Quotes, 20);

        Assert.Null(results[18].Cmf);
        Assert.NotNull(results[19].Cmf);
        Assert.Equal(483, results.Count(r => r.Cmf is not null));
    }

    [Fact]
    public void First_candle_worked_by_hand()
    {
        var first = Cmf.Calculate(GoldenData.Quotes, 20)[0];

        // 2017-01-03: H 213.35, L 211.52, C 212.8, V 96,708,880 → ((C−L) − (H−C))/(H−L) = (1.28 − 0.55)/1.83.
        Assert.Equal(0.73 / 1.83, first.MoneyFlowMultiplier, Tolerance.HandWorked);
        Assert.Equal(0.73 / 1.83 * 96_708_880, first.MoneyFlowVolume, 1e-3);
    }

    [Fact]
    public void Matches_the_sample_values_published_in_Stock_Indicators_tests()
    {
        var results = Cmf.Calculate(GoldenData.Quotes, 20);

        AssertRounded(results[49], 0.5468, 55609259, 0.350596);
        AssertRounded(results[249], 0.7778, 36433792.89, -0.040226);
        AssertRounded(results[501], 0.8052, 118396116.25, -0.123754);
    }

    [Fact]
    public void A_candle_with_no_range_has_a_zero_multiplier_and_still_counts_its_volume()
    {
        // Two candles closing at the high (multiplier 1) around one with H = L = C.
        var candles = new[]
        {
            Candle.Daily(TestCandles.FirstDay, 10m, 12m, 10m, 12m, 100m),
            Candle.Daily(TestCandles.FirstDay.AddDays(1), 11m, 11m, 11m, 11m, 300m),
            Candle.Daily(TestCandles.FirstDay.AddDays(2), 10m, 12m, 10m, 12m, 100m),
        };

        var results = Cmf.Calculate(candles, 3);

        Assert.Equal(0, results[1].MoneyFlowMultiplier);
        Assert.Equal(0, results[1].MoneyFlowVolume);
        Assert.Equal(1, results[0].MoneyFlowMultiplier);
        // (100 + 0 + 100) / (100 + 300 + 100): the flat candle's volume dilutes the flow.
        Assert.Equal(0.4, results[2].Cmf!.Value, Tolerance.HandWorked);
    }

    [Fact]
    public void Closing_at_the_low_or_the_middle_gives_minus_one_or_zero()
    {
        var candles = new[]
        {
            Candle.Daily(TestCandles.FirstDay, 12m, 12m, 10m, 10m, 50m),
            Candle.Daily(TestCandles.FirstDay.AddDays(1), 10m, 12m, 10m, 11m, 50m),
        };

        var results = Cmf.Calculate(candles, 1);

        Assert.Equal(-1, results[0].MoneyFlowMultiplier, Tolerance.HandWorked);
        Assert.Equal(-50, results[0].MoneyFlowVolume, Tolerance.HandWorked);
        Assert.Equal(-1, results[0].Cmf!.Value, Tolerance.HandWorked);
        Assert.Equal(0, results[1].Cmf!.Value, Tolerance.HandWorked);
    }

    [Fact]
    public void A_window_with_no_volume_has_no_CMF()
    {
        var candles = TestCandles.Rising(3).Select(c => c with { Volume = 0m }).ToList();

        var results = Cmf.Calculate(candles, 2);

        Assert.All(results, r => Assert.Null(r.Cmf));
        Assert.All(results, r => Assert.Equal(0, r.MoneyFlowVolume));
        Assert.All(results, r => Assert.Equal(0, r.MoneyFlowMultiplier)); // TestCandles close mid-range
    }

    [Fact]
    public void Fewer_candles_than_the_lookback_have_multipliers_but_no_CMF()
    {
        var results = Cmf.Calculate(GoldenData.Quotes.Take(19).ToList(), 20);

        Assert.Equal(19, results.Count);
        Assert.All(results, r => Assert.Null(r.Cmf));
        Assert.Equal(0.73 / 1.83, results[0].MoneyFlowMultiplier, Tolerance.HandWorked);
    }

    private static void AssertRounded(CmfResult r, double multiplier, double moneyFlowVolume, double cmf)
    {
        Assert.Equal(multiplier, Math.Round(r.MoneyFlowMultiplier, 4));
        Assert.Equal(moneyFlowVolume, Math.Round(r.MoneyFlowVolume, 2));
        Assert.Equal(cmf, Math.Round(r.Cmf!.Value, 6));
    }
}
