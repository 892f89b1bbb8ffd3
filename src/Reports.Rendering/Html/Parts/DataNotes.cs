using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>Missing inputs and skipped data problems: shown to the reader, never silently dropped.</summary>
internal static class DataNotes
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var gaps = report.Analysis.Gaps;
        var warnings = report.Analysis.Warnings;
        if (gaps.Count == 0 && warnings.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "appendix notes"));
        html.Element("h2", "Data notes");
        if (gaps.Count > 0)
        {
            html.Element("h3", "Missing for the report day");
            WriteList(html, gaps);
        }

        if (warnings.Count > 0)
        {
            html.Element("h3", "Skipped while loading");
            WriteList(html, [.. warnings.Select(w => w.ToString())]);
        }

        html.Close("section");
    }

    private static void WriteList(HtmlWriter html, IReadOnlyList<string> items)
    {
        html.Open("ul");
        foreach (var item in items)
        {
            html.Element("li", item);
        }

        html.Close("ul");
    }
}
