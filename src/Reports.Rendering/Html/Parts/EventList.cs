using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>Dated context the analysis cites (events.csv), each with its source link where it has one.</summary>
internal static class EventList
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var events = report.Analysis.Events;
        if (events.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "appendix events"));
        html.Element("h2", "Events");
        html.Open("ul");
        foreach (var e in events)
        {
            html.Open("li");
            html.Element("time", HtmlFormat.Date(e.Date), ("datetime", e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            html.Text($" · {e.Kind} · {e.Text}");
            if (SafeLink.IsWebAddress(e.SourceUrl))
            {
                html.Text(" (");
                SafeLink.Write(html, e.SourceUrl, "source");
                html.Text(")");
            }

            html.Close("li");
        }

        html.Close("ul");
        html.Close("section");
    }
}
