using Reports.Domain.Analysis;
using Reports.Rendering.Charts;
using Reports.Rendering.Formatting;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>Chart 1: total market cap with the swing high and cycle peak marked.</summary>
internal sealed class MarketCapFigure(FlowAnalysis analysis) : IComponent
{
    public const string Title = "Total crypto market cap";

    public void Compose(IContainer container)
    {
        var series = analysis.Charts.MarketCap;
        if (series.Count == 0)
        {
            container.Column(c =>
            {
                c.Item().Text(Title, Typography.SubHeading);
                c.Item().Text("No market-cap history to chart.", Typography.Caption);
            });
            return;
        }

        var market = analysis.Market;
        var caption = $"Daily total market capitalisation, {ReportDates.Short(series[0].Date)} to {ReportDates.Short(series[^1].Date)}. " +
                      $"Dashed: swing high ({MoneyFormat.Usd(market.SwingHigh?.Value)}); dotted: cycle peak ({MoneyFormat.Usd(market.CyclePeak?.Value)}).";
        container.Component(new ChartFigure(Title, caption, 200, () => MarketCapChart.Build(series, market.SwingHigh, market.CyclePeak)));
    }
}
