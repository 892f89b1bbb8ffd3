using Reports.Domain.Analysis;
using Reports.Domain.Narrative.Editorial;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

/// <summary>The bar a one-sided liquidation day must clear before the article calls it a flush or a squeeze.</summary>
public class LiquidationMedianTests
{
    [Fact]
    public void The_median_is_of_the_30_days_before_D_so_one_heavy_day_does_not_move_it()
    {
        // The fixture: 150 m a day (100 m longs, 50 m shorts), 400 m on 20 December, 1 bn on D itself.
        var data = Data();
        var history = MarketHistory.Calculate(data, D, MarketCapFlow.Calculate(data, D, AnalysisSettings.Default));

        Assert.Equal(150_000_000m, history.LiquidationsMedianUsd);
    }

    [Fact]
    public void A_one_sided_day_under_the_median_is_light_not_a_squeeze_or_a_flush()
    {
        var light = new LiquidationFlow(10_000_000m, 90_000_000m, 100_000_000m, false, null, ["BTC"]);

        Assert.Equal(Rules.LightOneSided, Rules.LiquidationSplit(light, 1.2m, usualUsd: 150_000_000m));
        Assert.Equal(Rules.ShortSqueeze, Rules.LiquidationSplit(light, 1.2m, usualUsd: 90_000_000m));
        Assert.Equal(Rules.ShortSqueeze, Rules.LiquidationSplit(light, 1.2m, usualUsd: null)); // no month of history yet: the share decides
        Assert.Equal(Rules.OneSidedAgainstMove, Rules.LiquidationSplit(light, -1.2m, usualUsd: 150_000_000m));
    }
}
