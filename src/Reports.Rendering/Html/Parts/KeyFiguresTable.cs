using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>The narrative's key-figures table, values as the narrative wrote them.</summary>
internal static class KeyFiguresTable
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var figures = report.Article.KeyFigures;
        if (figures.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "key-figures"), ("aria-labelledby", "key-figures"));
        html.Element("h2", "Key figures", ("id", "key-figures"));
        Table.Open(html, "The day in figures", "key-figures", "Figure", "Value", "Note");
        foreach (var figure in figures)
        {
            html.Open("tr");
            Table.RowHeader(html, figure.Label);
            Table.Cell(html, figure.Value, "value");
            Table.Cell(html, figure.Note ?? "", "text");
            html.Close("tr");
        }

        Table.Close(html);
        html.Close("section");
    }
}
