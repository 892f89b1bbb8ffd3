using Reports.Rendering.View;

namespace Reports.Rendering.Html.Parts;

/// <summary>A <see cref="TableView"/> as HTML: caption, column headers, the first cell a row header; figures
/// right-aligned under right-aligned headers; inside a box that scrolls on its own on a narrow screen.</summary>
internal static class ViewTable
{
    public static void Write(HtmlWriter html, TableView table)
    {
        html.Open("div", ("class", "table-wrap"));
        html.Open("table", ("class", table.Id));
        html.Element("caption", table.Caption);
        html.Open("thead").Open("tr");
        foreach (var column in table.Columns)
        {
            html.Element("th", column.Header, ("scope", "col"), ("class", column.Numeric ? "num" : null));
        }

        html.Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var row in table.Rows)
        {
            html.Open("tr");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : "";
                var classes = string.Join(' ', new[] { table.Columns[i].Numeric ? "num" : null, cell.Sign }.Where(c => c is not null));
                if (i == 0)
                {
                    html.Open("th", ("scope", "row"), ("class", classes.Length > 0 ? classes : null));
                }
                else
                {
                    html.Open("td", ("class", classes.Length > 0 ? classes : null));
                }

                WriteCell(html, cell);
                html.Close(i == 0 ? "th" : "td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }

    private static void WriteCell(HtmlWriter html, CellView cell)
    {
        SafeLink.Write(html, cell.Link, cell.Text);
        if (cell.Flag is { } flag)
        {
            html.Text(" ");
            html.Element("span", flag, ("class", "flag"));
        }

        if (cell.Detail is { Length: > 0 } detail)
        {
            html.Element("span", detail, ("class", "detail"));
        }
    }
}
