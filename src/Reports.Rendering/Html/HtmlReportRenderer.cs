using System.Text;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Rendering.Html.Parts;

namespace Reports.Rendering.Html;

/// <summary>
/// Writes the report as one self-contained HTML5 page: inline CSS, inline SVG charts, no scripts and nothing
/// fetched from elsewhere; the only addresses in it are the report's own source links.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public byte[] Render(FlowReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en"));
        WriteHead(html, report);
        html.Open("body");
        html.Open("article", ("class", "report"));
        ReportHeader.Write(html, report);
        KeyFiguresTable.Write(html, report);
        ChartFigures.WriteMarketCap(html, report);
        ArticleBody.Write(html, report);
        ChartFigures.WriteAssets(html, report);
        AssetTables.Write(html, report);
        CrossMarketTable.Write(html, report);
        EventList.Write(html, report);
        SourceList.Write(html, report);
        DataNotes.Write(html, report);
        html.Open("footer");
        html.Element("p", "Flow Reports: every figure is computed from the sources listed above; the same figures are published as JSON alongside this page.");
        html.Close("footer");
        html.Close("article");
        html.Close("body");
        html.Close("html");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString());
    }

    private static void WriteHead(HtmlWriter html, FlowReport report)
    {
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Void("meta", ("name", "description"), ("content", report.Article.Standfirst));
        html.Element("title", report.Article.Headline);
        html.Open("style").Trusted("\n" + ReportStylesheet.Css + "\n").Close("style");
        html.Close("head");
    }
}
