using Reports.Domain.Indicators;

namespace Reports.Domain.Tests.Indicators;

public sealed class MacdTests
{
    [Fact]
    public void Matches_every_row_of_the_Stock_Indicators_golden_file()
    {
        GoldenAssert.EveryRow(
            GoldenData.Results<MacdGoldenRow>("macd.standard.json"),
            Macd.Calculate(GoldenData.Quotes, 12, 26, 9),
            r => r.Time,
            ("macd", e => e.Macd, a => a.Macd),
            ("signal", e => e.Signal, a => a.Signal),
            ("histogram", e => e.Histogram, a => a.Histogram),
            ("fastEma", e => e.FastEma, a => a.FastEma),
            ("slowEma", e => e.SlowEma, a => a.SlowEma));
    }

    [Fact]
    public void Warm_up_ends_at_fast_minus_one_slow_minus_one_and_slow_plus_signal_minus_two()
    {
        var results = Macd.Calculate(GoldenData.Quotes);

        Assert.Null(results[10].FastEma);
        Assert.NotNull(results[11].FastEma);
        Assert.Null(results[24].Macd);
        Assert.Null(results[24].SlowEma);
        Assert.NotNull(results[25].Macd);
        Assert.NotNull(results[25].SlowEma);
        Assert.Null(results[32].Signal);
        Assert.Null(results[32].Histogram);
        Assert.NotNull(results[33].Signal);
        Assert.NotNull(results[33].Histogram);

        Assert.Equal(491, results.Count(r => r.FastEma is not null));
        Assert.Equal(477, results.Count(r => r.Macd is not null));
        Assert.Equal(469, results.Count(r => r.Signal is not null));
    }

    [Fact]
    public void Seeds_and_identities_hold_on_the_standard_quotes()
    {
        var results = Macd.Calculate(GoldenData.Quotes);

        // Closes 0..11 sum to 2567.79 and closes 0..25 to 5586.56.
        Assert.Equal(2567.79 / 12, results[11].FastEma!.Value, Tolerance.HandWorked);
        Assert.Equal(5586.56 / 26, results[25].SlowEma!.Value, Tolerance.HandWorked);

        // The signal starts as the plain average of the first nine MACD values.
        double firstNine = results.Skip(25).Take(9).Sum(r => r.Macd!.Value) / 9;
        Assert.Equal(firstNine, results[33].Signal!.Value, Tolerance.HandWorked);

        foreach (var r in results.Where(r => r.Macd is not null))
        {
            Assert.Equal(r.FastEma!.Value - r.SlowEma!.Value, r.Macd!.Value, Tolerance.HandWorked);
        }

        foreach (var r in results.Where(r => r.Signal is not null))
        {
            Assert.Equal(r.Macd!.Value - r.Signal!.Value, r.Histogram!.Value, Tolerance.HandWorked);
        }
    }

    [Fact]
    public void Matches_the_sample_values_published_in_Stock_Indicators_tests()
    {
        var results = Macd.Calculate(GoldenData.Quotes, 12, 26, 9);

        AssertRounded(results[49], 1.7203, 1.9675, -0.2472, 224.1840, 222.4637);
        AssertRounded(results[249], 2.2353, 2.3141, -0.0789, 256.6780, 254.4428);
        AssertRounded(results[501], -6.2198, -5.8569, -0.3629, 245.4957, 251.7155);
    }

    [Fact]
    public void A_steady_rise_has_a_constant_MACD_of_half_the_period_gap()
    {
        // Each EMA of a series rising 1 a day trails it by exactly (N−1)/2 (see EmaTests), so
        // MACD = (26 − 12)/2 = 7 everywhere, its EMA is 7 and the histogram is 0.
        var results = Macd.Calculate(TestCandles.Rising(80));

        foreach (var r in results.Skip(33))
        {
            Assert.Equal(7, r.Macd!.Value, Tolerance.HandWorked);
            Assert.Equal(7, r.Signal!.Value, Tolerance.HandWorked);
            Assert.Equal(0, r.Histogram!.Value, Tolerance.HandWorked);
        }
    }

    [Fact]
    public void Custom_periods_move_the_warm_up()
    {
        var results = Macd.Calculate(TestCandles.Rising(10), fastPeriods: 3, slowPeriods: 5, signalPeriods: 2);

        Assert.Equal([2, 4, 5], new[]
        {
            FirstIndex(results, r => r.FastEma),
            FirstIndex(results, r => r.Macd),
            FirstIndex(results, r => r.Signal),
        });
        Assert.Equal(1, results[9].Macd!.Value, Tolerance.HandWorked); // (5 − 3)/2 on a steady rise
    }

    [Theory]
    [InlineData(0, 26, 9, "fastPeriods")]
    [InlineData(-1, 26, 9, "fastPeriods")]
    [InlineData(12, 12, 9, "slowPeriods")]
    [InlineData(12, 11, 9, "slowPeriods")]
    [InlineData(12, 26, 0, "signalPeriods")]
    [InlineData(12, 26, -1, "signalPeriods")]
    public void Rejects_bad_periods(int fast, int slow, int signal, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Macd.Calculate(GoldenData.Quotes, fast, slow, signal));
        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Fewer_candles_than_the_slow_period_have_no_MACD()
    {
        var results = Macd.Calculate(TestCandles.Rising(25));

        Assert.Equal(25, results.Count);
        Assert.All(results, r => Assert.Null(r.Macd));
        Assert.All(results, r => Assert.Null(r.Signal));
        Assert.All(results, r => Assert.Null(r.Histogram));
        Assert.All(results, r => Assert.Null(r.SlowEma));
        Assert.Equal(14, results.Count(r => r.FastEma is not null)); // the fast EMA needs only 12
    }

    [Fact]
    public void Enough_for_MACD_but_not_the_signal_leaves_signal_null()
    {
        var results = Macd.Calculate(TestCandles.Rising(33));

        Assert.Equal(8, results.Count(r => r.Macd is not null));
        Assert.All(results, r => Assert.Null(r.Signal));
        Assert.All(results, r => Assert.Null(r.Histogram));
    }

    private static int FirstIndex(IReadOnlyList<MacdResult> results, Func<MacdResult, double?> field)
    {
        for (int i = 0; i < results.Count; i++)
        {
            if (field(results[i]) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static void AssertRounded(MacdResult r, double macd, double signal, double histogram, double fastEma, double slowEma)
    {
        Assert.Equal(macd, Math.Round(r.Macd!.Value, 4));
        Assert.Equal(signal, Math.Round(r.Signal!.Value, 4));
        Assert.Equal(histogram, Math.Round(r.Histogram!.Value, 4));
        Assert.Equal(fastEma, Math.Round(r.FastEma!.Value, 4));
        Assert.Equal(slowEma, Math.Round(r.SlowEma!.Value, 4));
    }
}
