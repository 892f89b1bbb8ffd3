using Reports.Domain.Indicators;

namespace Reports.Domain.Tests.Indicators;

public sealed class RsiTests
{
    [Fact]
    public void Matches_every_row_of_the_Stock_Indicators_golden_file()
    {
        GoldenAssert.EveryRow(
            GoldenData.Results<RsiGoldenRow>("rsi.standard.json"),
            Rsi.Calculate(GoldenData.Quotes, 14),
            r => r.Time,
            ("rsi", e => e.Rsi, a => a.Rsi));
    }

    [Fact]
    public void First_value_is_at_index_lookback()
    {
        var results = Rsi.Calculate(GoldenData.Quotes, 14);

        Assert.Null(results[13].Rsi);
        Assert.NotNull(results[14].Rsi);
        Assert.Equal(488, results.Count(r => r.Rsi is not null));
    }

    [Fact]
    public void First_two_values_worked_by_hand()
    {
        var results = Rsi.Calculate(GoldenData.Quotes, 14);

        // The first 14 close-to-close changes of default.csv gain 5.74 and lose 3.51 in total,
        // so RS = 5.74/3.51 and RSI = 100·5.74/(5.74 + 3.51) = 62.054…
        Assert.Equal(100 * 5.74 / (5.74 + 3.51), results[14].Rsi!.Value, Tolerance.HandWorked);

        // Close 15 rises 1.86: avgGain = (0.41·13 + 1.86)/14 = 7.19/14, avgLoss = (3.51/14·13)/14 = 45.63/196.
        double rs = (7.19 / 14) / (45.63 / 196);
        Assert.Equal(100 - (100 / (1 + rs)), results[15].Rsi!.Value, Tolerance.HandWorked);
    }

    [Fact]
    public void Matches_the_sample_values_published_in_Stock_Indicators_tests()
    {
        var results = Rsi.Calculate(GoldenData.Quotes, 14);

        Assert.Equal(62.0541, Math.Round(results[14].Rsi!.Value, 4));
        Assert.Equal(70.9368, Math.Round(results[249].Rsi!.Value, 4));
        Assert.Equal(42.0773, Math.Round(results[501].Rsi!.Value, 4));

        var oneDay = Rsi.Calculate(GoldenData.Quotes, 1);
        Assert.Equal(501, oneDay.Count(r => r.Rsi is not null));
        Assert.Equal(100, oneDay[28].Rsi);
        Assert.Equal(0, oneDay[52].Rsi);
    }

    [Fact]
    public void Only_gains_read_100_and_only_losses_read_0()
    {
        var rising = Rsi.Calculate(TestCandles.Rising(30), 14);
        var falling = Rsi.Calculate(TestCandles.FromCloses(Enumerable.Range(0, 30).Select(i => 200m - i).ToArray()), 14);

        Assert.All(rising.Skip(14), r => Assert.Equal(100, r.Rsi));
        Assert.All(falling.Skip(14), r => Assert.Equal(0, r.Rsi));
    }

    [Fact]
    public void A_flat_market_reads_100_because_the_average_loss_is_zero()
    {
        // Stock.Indicators v2 behaviour: no losses means RSI 100, even with no gains either.
        var results = Rsi.Calculate(TestCandles.FromCloses(Enumerable.Repeat(50m, 20).ToArray()), 14);

        Assert.All(results.Take(14), r => Assert.Null(r.Rsi));
        Assert.All(results.Skip(14), r => Assert.Equal(100, r.Rsi));
    }

    [Fact]
    public void Needs_one_more_candle_than_the_lookback()
    {
        var fourteen = Rsi.Calculate(TestCandles.Rising(14), 14);
        var fifteen = Rsi.Calculate(TestCandles.Rising(15), 14);

        Assert.All(fourteen, r => Assert.Null(r.Rsi));
        Assert.Equal(14, fourteen.Count);
        Assert.Equal(1, fifteen.Count(r => r.Rsi is not null));
        Assert.NotNull(fifteen[14].Rsi);
    }

    [Fact]
    public void A_single_candle_has_no_value()
    {
        var results = Rsi.Calculate(TestCandles.Rising(1), 1);

        Assert.Null(Assert.Single(results).Rsi);
    }
}
