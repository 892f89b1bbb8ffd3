using Reports.Domain.Analysis;
using Reports.Domain.Market;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class MomentumTests
{
    private static Momentum Reading(double rsi, double macd, double histogram, double previousHistogram, double rsiLow) =>
        new(100, 100, rsi, rsiLow, macd, macd - histogram, histogram, previousHistogram, null, MomentumReading.InsufficientData);

    [Theory]
    [InlineData(25, -10, -2, -3, 20, MomentumReading.Oversold)]
    [InlineData(75, 10, 2, 1, 60, MomentumReading.Overbought)]
    [InlineData(42, -10, -2, -3, 25, MomentumReading.CorrectiveBounceInDowntrend)]
    [InlineData(42, -10, -2, -3, 35, MomentumReading.Downtrend)]
    [InlineData(42, -10, -3, -2, 25, MomentumReading.Downtrend)]
    [InlineData(55, -10, -2, -3, 25, MomentumReading.RecoveringMomentum)]
    [InlineData(45, 10, 1, 2, 40, MomentumReading.WeakeningUptrend)]
    [InlineData(60, 10, 1, 2, 40, MomentumReading.Uptrend)]
    [InlineData(55, -10, -3, -2, 40, MomentumReading.Neutral)]
    public void Rule_table_first_match_wins(double rsi, double macd, double hist, double prevHist, double rsiLow, MomentumReading expected)
    {
        Assert.Equal(expected, MomentumRules.Read(Reading(rsi, macd, hist, prevHist, rsiLow)));
    }

    [Fact]
    public void Readings_come_from_4h_candles_through_the_end_of_D_only()
    {
        var asset = WithFourHour(FourHourBars(D.AddDays(-20), D.AddDays(2)));
        var momentum = Analyse(asset);

        Assert.Equal(21 * 6, momentum.FourHourCandles);               // bars after D are ignored
        Assert.NotNull(momentum.Rsi4h);
        Assert.NotNull(momentum.MacdHistogram4h);
        Assert.NotEqual(MomentumReading.InsufficientData, momentum.Reading);
        Assert.NotNull(momentum.CmfDaily);
    }

    [Fact]
    public void Too_few_candles_give_no_reading()
    {
        var momentum = Analyse(WithFourHour(FourHourBars(D.AddDays(-4), D))); // 30 bars < 34
        Assert.Equal(MomentumReading.InsufficientData, momentum.Reading);
        Assert.Null(momentum.MacdHistogram4h);
    }

    [Fact]
    public void Bars_that_stop_before_D_are_stale_and_give_no_reading()
    {
        var momentum = Analyse(WithFourHour(FourHourBars(D.AddDays(-20), D.AddDays(-1))));
        Assert.Equal(MomentumReading.InsufficientData, momentum.Reading);
        Assert.Null(momentum.Rsi4h);
    }

    private static Momentum Analyse(AssetSeries asset) => MomentumAnalysis.Calculate(asset, D, FourHourIndicators.Through(asset.FourHour, D));

    private static AssetSeries WithFourHour(IReadOnlyList<Candle> bars) => new("BTC", BtcDaily(), bars, []);

    /// <summary>Six bars a day on a falling zig-zag so RSI and MACD have real values.</summary>
    internal static IReadOnlyList<Candle> FourHourBars(DateOnly from, DateOnly to)
    {
        var bars = new List<Candle>();
        var price = 100_000m;
        var i = 0;
        foreach (var day in Days(from, to))
        {
            for (var h = 0; h < 24; h += 4, i++)
            {
                var open = price;
                price += i % 3 == 0 ? 400m : -500m;
                var time = new DateTimeOffset(day.ToDateTime(new TimeOnly(h, 0)), TimeSpan.Zero);
                bars.Add(new Candle(time, open, Math.Max(open, price) + 50, Math.Min(open, price) - 50, price, 10));
            }
        }
        return bars;
    }
}
