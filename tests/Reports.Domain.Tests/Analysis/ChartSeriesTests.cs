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
    public void Four_hour_panels_that_stopped_more_than_a_week_before_the_report_day_are_not_drawn()
    {
        FlowAnalysis WithBtcFourHourTo(DateOnly last)
        {
            var data = Data();
            var bars = MomentumTests.FourHourBars(D.AddDays(-30), last);
            return FlowAnalyzer.Analyze(data with { Assets = [.. data.Assets.Select(a => a.Symbol == "BTC" ? a with { FourHour = bars } : a)] }, D);
        }

        Assert.NotEmpty(WithBtcFourHourTo(D.AddDays(-ChartSeries.StaleAfterDays)).Charts.Assets.Single(a => a.Symbol == "BTC").FourHour);
        Assert.Empty(WithBtcFourHourTo(D.AddDays(-ChartSeries.StaleAfterDays - 1)).Charts.Assets.Single(a => a.Symbol == "BTC").FourHour);
    }

    [Fact]
    public void A_line_one_week_old_is_still_drawn()
    {
        var data = Data();
        data = data with { Global = data.Global.Where(p => p.Date <= D.AddDays(-ChartSeries.StaleAfterDays)).ToList() };
        Assert.NotEmpty(FlowAnalyzer.Analyze(data, D).Charts.MarketCap);
    }
}
