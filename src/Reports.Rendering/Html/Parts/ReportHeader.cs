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
        html.Time(report.Analysis.Date, Formats.Date(report.Analysis.Date));
        html.Text(" · figures to the end of the day, UTC");
        html.Close("p");
        html.Close("header");
    }
}
