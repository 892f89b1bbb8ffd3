using Reports.Domain.Analysis;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Analysis;

public class ChartSeriesTests
{
    [Fact]
    public void The_window_ends_on_the_report_day()
    {
        var charts = FlowAnalyzer.Analyze(Data(), D).Charts;
        Assert.Equal(D, charts.MarketCap[^1].Date);
        Assert.Equal(D, charts.Assets.Single(a => a.Symbol == "BTC").DailyClose[^1].Date);
    }

    [Fact]
    public void A_line_that_stopped_more_than_a_week_before_the_report_day_is_not_drawn()
    {
        // The total cap stops 8 days before the report day (a source that stopped delivering); BTC still runs to D.
        var data = Data();
        data = data with { Global = data.Global.Where(p => p.Date <= D.AddDays(-8)).ToList() };
        var charts = FlowAnalyzer.Analyze(data, D).Charts;
        Assert.Empty(charts.MarketCap);
        Assert.NotEmpty(charts.Assets.Single(a => a.Symbol == "BTC").DailyClose);
    }

    [Fact]
    public void A_line_one_week_old_is_still_drawn()
    {
        var data = Data();
        data = data with { Global = data.Global.Where(p => p.Date <= D.AddDays(-ChartSeries.StaleAfterDays)).ToList() };
        Assert.NotEmpty(FlowAnalyzer.Analyze(data, D).Charts.MarketCap);
    }
}
