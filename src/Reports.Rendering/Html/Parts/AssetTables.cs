using Reports.Domain.Analysis;
using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>The asset appendix: every asset's figures and indicator readings, then its support levels.</summary>
internal static class AssetTables
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var assets = report.Analysis.Assets;
        if (assets.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "appendix assets"));
        html.Element("h2", "Asset figures");
        Table.Open(html, "Prices in USD; changes to the close of the report day; indicators on 4-hour and daily candles.", "assets",
            "Asset", "Close", "Day", "Week", "YTD", "Low", "High", "Weakest since", "Open interest", "OI week",
            "RSI 4h", "MACD hist. 4h", "CMF daily", "Momentum");
        foreach (var asset in assets)
        {
            WriteAssetRow(html, asset);
        }

        Table.Close(html);
        WriteSupportLevels(html, assets);
        html.Close("section");
    }

    private static void WriteAssetRow(HtmlWriter html, AssetFlow a)
    {
        html.Open("tr");
        Table.RowHeader(html, a.Symbol);
        Table.Cell(html, HtmlFormat.Price(a.Close));
        Table.Percent(html, a.DailyChangePct);
        Table.Percent(html, a.WeekChangePct);
        Table.Percent(html, a.YtdChangePct);
        Table.Cell(html, HtmlFormat.Price(a.Low));
        Table.Cell(html, HtmlFormat.Price(a.High));
        Table.Cell(html, a.LowestOnRecord ? "lowest on record" : HtmlFormat.Date(a.WeakestSinceDate));
        Table.Cell(html, HtmlFormat.Usd(a.OpenInterestUsd));
        Table.Percent(html, a.OpenInterestWeekChangePct);
        Table.Cell(html, HtmlFormat.Number(a.Momentum.Rsi4h, 1));
        Table.Cell(html, HtmlFormat.Number(a.Momentum.MacdHistogram4h, 2));
        Table.Cell(html, HtmlFormat.Number(a.Momentum.CmfDaily, 2));
        Table.Cell(html, a.HasDailyData ? ReadingWords.Describe(a.Momentum.Reading) : "no data for the day", "text");
        html.Close("tr");
    }

    private static void WriteSupportLevels(HtmlWriter html, IReadOnlyList<AssetFlow> assets)
    {
        var levels = assets.SelectMany(a => a.SupportLevels.Select(s => (a.Symbol, Level: s))).ToList();
        if (levels.Count == 0)
        {
            return;
        }

        html.Element("h3", "Support levels");
        Table.Open(html, "Recent swing lows; distance is the close relative to the level.", "supports",
            "Asset", "Level", "Price", "Set on", "Distance", "Status");
        foreach (var (symbol, level) in levels)
        {
            html.Open("tr");
            Table.RowHeader(html, symbol);
            Table.Cell(html, level.Label, "text");
            Table.Cell(html, HtmlFormat.Price(level.Price));
            Table.Cell(html, HtmlFormat.Date(level.Date));
            Table.Percent(html, level.DistancePct);
            Table.Cell(html, Status(level), "text");
            html.Close("tr");
        }

        Table.Close(html);
    }

    private static string Status(SupportLevel level) => level switch
    {
        { BrokenOnDay: true, ClosedBelow: true } => "broken on the day, closed below",
        { BrokenOnDay: true } => "traded through, closed above",
        { ClosedBelow: true } => "below since earlier",
        _ => "holding",
    };
}
