using Reports.Domain.Narrative;
using Reports.Rendering.View;

namespace Reports.Rendering.Html.Parts;

/// <summary>Kicker, headline, standfirst, the report day, and the notices (synthetic data) right under them.</summary>
internal static class ReportHeader
{
    public static void Write(HtmlWriter html, ReportView view)
    {
        html.Open("header");
        html.Element("p", ReportView.Brand, ("class", "kicker"));
        html.Element("h1", view.Headline);
        html.Element("p", view.Standfirst, ("class", "standfirst"));
        html.Open("p", ("class", "dateline"));
        html.Time(view.Date, Formats.Date(view.Date));
        html.Text(" · figures to the end of the day, UTC");
        html.Close("p");
        foreach (var notice in view.Notices)
        {
            html.Element("p", notice, ("class", "notice"), ("role", "note"));
        }

        html.Close("header");
    }
}
