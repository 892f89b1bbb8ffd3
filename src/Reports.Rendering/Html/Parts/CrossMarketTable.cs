using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>Non-crypto markets around the report day and how closely BTC moved with them.</summary>
internal static class CrossMarketTable
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var markets = report.Analysis.CrossMarkets;
        if (markets.Count == 0)
        {
            return;
        }

        var window = report.Analysis.Settings.CrossMarketWindowDays;
        html.Open("section", ("class", "appendix cross-markets"));
        html.Element("h2", "Cross-market");
        Table.Open(html, $"Last trading day on or before the report day; high and correlation of daily returns over {window} days.", "cross-markets",
            "Market", "Last day", "Close", "Day", "Week", $"{window}-day high", "High on", "From high", "Correlation with BTC", "Paired days");
        foreach (var m in markets)
        {
            html.Open("tr");
            Table.RowHeader(html, m.Name);
            Table.Cell(html, HtmlFormat.Date(m.LastDate));
            Table.Cell(html, HtmlFormat.Level(m.Close));
            Table.Percent(html, m.DailyChangePct);
            Table.Percent(html, m.WeekChangePct);
            Table.Cell(html, HtmlFormat.Level(m.WindowHigh?.Value));
            Table.Cell(html, HtmlFormat.Date(m.WindowHigh?.Date));
            Table.Percent(html, m.DropFromHighPct);
            Table.Cell(html, HtmlFormat.Number(m.CorrelationWithBtc, 2));
            Table.Cell(html, m.CorrelationSamples.ToString(System.Globalization.CultureInfo.InvariantCulture));
            html.Close("tr");
        }

        Table.Close(html);
        html.Close("section");
    }
}
