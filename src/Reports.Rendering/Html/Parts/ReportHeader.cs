using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>Kicker, headline, standfirst and the report day.</summary>
internal static class ReportHeader
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var article = report.Article;
        html.Open("header");
        html.Element("p", "Crypto flow analysis", ("class", "kicker"));
        html.Element("h1", article.Headline);
        html.Element("p", article.Standfirst, ("class", "standfirst"));
        html.Open("p", ("class", "dateline"));
        html.Element("time", HtmlFormat.LongDate(report.Analysis.Date), ("datetime", report.Analysis.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        html.Text(" · figures to the end of the day, UTC");
        html.Close("p");
        html.Close("header");
    }
}
