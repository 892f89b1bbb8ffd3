using Reports.Domain.Indicators;

namespace Reports.Domain.Tests.Indicators;

public sealed class EmaTests
{
    [Fact]
    public void Matches_every_row_of_the_Stock_Indicators_golden_file()
    {
        GoldenAssert.EveryRow(
            GoldenData.Results<EmaGoldenRow>("ema.standard.json"),
            Ema.Calculate(GoldenData.Quotes, 20),
            r => r.Time,
            ("ema", e => e.Ema, a => a.Ema));
    }

    [Fact]
    public void First_value_is_at_index_lookback_minus_one()
    {
        var results = Ema.Calculate(GoldenData.Quotes, 20);

        Assert.Null(results[18].Ema);
        Assert.NotNull(results[19].Ema);
        Assert.Equal(483, results.Count(r => r.Ema is not null));
    }

    [Fact]
    public void Seed_is_the_average_of_the_first_20_closes_then_one_smoothing_step()
    {
        var results = Ema.Calculate(GoldenData.Quotes, 20);

        // Closes 0..19 of default.csv sum to 4290.50.
        Assert.Equal(4290.50 / 20, results[19].Ema!.Value, Tolerance.HandWorked);
        // Close 20 is 215.05; k = 2/21: 214.525 + (2/21)(215.05 − 214.525) = 214.575.
        Assert.Equal(214.575, results[20].Ema!.Value, Tolerance.HandWorked);
    }

    [Fact]
    public void Matches_the_sample_values_published_in_Stock_Indicators_tests()
    {
        var results = Ema.Calculate(GoldenData.Quotes, 20);

        Assert.Equal(216.6228, Math.Round(results[29].Ema!.Value, 4));
        Assert.Equal(255.3873, Math.Round(results[249].Ema!.Value, 4));
        Assert.Equal(249.3519, Math.Round(results[501].Ema!.Value, 4));
    }

    [Fact]
    public void Trails_a_steady_rise_by_half_the_window_less_one()
    {
        // For closes rising 1 a day the SMA seed already lags by (N−1)/2, and that lag is also the EMA's
        // steady state, so every value is exactly close − 9.5 for N = 20.
        var candles = TestCandles.Rising(60);
        var results = Ema.Calculate(candles, 20);

        for (int i = 19; i < candles.Count; i++)
        {
            Assert.Equal((double)candles[i].Close - 9.5, results[i].Ema!.Value, Tolerance.HandWorked);
        }
    }

    [Fact]
    public void Fewer_candles_than_the_lookback_are_all_null()
    {
        var results = Ema.Calculate(TestCandles.Rising(19), 20);

        Assert.Equal(19, results.Count);
        Assert.All(results, r => Assert.Null(r.Ema));
    }

    [Fact]
    public void Exactly_the_lookback_gives_one_value_the_simple_average()
    {
        var results = Ema.Calculate(TestCandles.Rising(20), 20);

        Assert.All(results.Take(19), r => Assert.Null(r.Ema));
        Assert.Equal(109.5, results[19].Ema!.Value, Tolerance.HandWorked); // mean of 100..119
    }

    [Fact]
    public void Lookback_of_one_is_the_close_itself()
    {
        var candles = TestCandles.FromCloses(5m, 7m, 4m);
        var results = Ema.Calculate(candles, 1);

        Assert.Equal([5.0, 7.0, 4.0], results.Select(r => r.Ema!.Value));
    }
}
