using Reports.Domain.Analysis;
using Reports.Rendering.Charts;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>Charts 2 and 3 for every charted asset: daily closes with supports, then the 4h momentum panel.</summary>
internal sealed class AssetFigures(FlowAnalysis analysis) : IComponent
{
    public static string NotEnoughCandles(string symbol, int candles) =>
        $"{symbol}: not enough 4h candles for the momentum panel ({candles} available).";

    public void Compose(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        foreach (var chart in analysis.Charts.Assets)
        {
            var flow = analysis.Assets.FirstOrDefault(a => string.Equals(a.Symbol, chart.Symbol, StringComparison.OrdinalIgnoreCase));
            column.Item().Component(Price(chart, flow?.SupportLevels ?? []));
            column.Item().Component(Momentum(chart, flow?.Momentum.FourHourCandles ?? chart.FourHour.Count));
        }
    });

    private static IComponent Price(AssetChart chart, IReadOnlyList<SupportLevel> supports)
    {
        var title = $"{chart.Symbol} daily close";
        if (chart.DailyClose.Count == 0)
        {
            return new Note(title, $"No daily closes for {chart.Symbol} to chart.");
        }

        var caption = $"{chart.Symbol} daily closes, {ReportDates.Short(chart.DailyClose[0].Date)} to {ReportDates.Short(chart.DailyClose[^1].Date)}." +
                      (supports.Count > 0 ? " Dashed lines: support levels." : " No support levels identified.");
        return new ChartFigure(title, caption, 170, () => PriceChart.Build(chart, supports));
    }

    private static IComponent Momentum(AssetChart chart, int candles)
    {
        var title = $"{chart.Symbol} 4h momentum";
        if (!MomentumCharts.HasData(chart))
        {
            return new Note(title, NotEnoughCandles(chart.Symbol, candles));
        }

        var caption = $"{chart.Symbol} 4-hour RSI(14) with the 30/70 bands; MACD line, signal and histogram.";
        return new ChartFigure(title, caption, [(105, () => MomentumCharts.Rsi(chart)), (115, () => MomentumCharts.Macd(chart))]);
    }

    /// <summary>Stands in for a chart that has nothing to draw.</summary>
    private sealed class Note(string title, string text) : IComponent
    {
        public void Compose(IContainer container) => container.ShowEntire().Column(c =>
        {
            c.Spacing(3);
            c.Item().Text(title, Typography.SubHeading);
            c.Item().Text(text, Typography.Caption.WithColor(Palette.Warning));
        });
    }
}
