using Reports.Domain.Analysis;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class FourHourIndicatorsTests
{
    [Fact]
    public void Cutting_a_days_indicators_at_an_earlier_day_equals_computing_them_for_that_day()
    {
        var bars = MomentumTests.FourHourBars(D.AddDays(-20), D);
        var full = FourHourIndicators.Through(bars, D);
        for (var day = D.AddDays(-21); day <= D; day = day.AddDays(1))
        {
            var cut = full.Before(day);
            var computed = FourHourIndicators.Through(bars, day);
            Assert.Equal(computed.Candles, cut.Candles);
            Assert.Equal(computed.Macd, cut.Macd);
            Assert.Equal(computed.Rsi, cut.Rsi);
        }
        Assert.Same(full, full.Before(D));
        Assert.Empty(full.Before(D.AddDays(-21)).Candles);
    }
}
