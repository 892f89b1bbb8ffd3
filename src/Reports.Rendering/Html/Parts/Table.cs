namespace Reports.Rendering.Html.Parts;

/// <summary>The table shapes every part uses: a scrollable wrapper, a header row, row-header and data cells.</summary>
internal static class Table
{
    public static void Open(HtmlWriter html, string caption, string? cssClass, params string[] columns)
    {
        html.Open("div", ("class", "table-wrap"));
        html.Open("table", ("class", cssClass));
        html.Element("caption", caption);
        html.Open("thead").Open("tr");
        foreach (var column in columns)
        {
            html.Element("th", column, ("scope", "col"));
        }

        html.Close("tr").Close("thead");
        html.Open("tbody");
    }

    public static void Close(HtmlWriter html) => html.Close("tbody").Close("table").Close("div");

    public static void RowHeader(HtmlWriter html, string text) => html.Element("th", text, ("scope", "row"));

    public static void Cell(HtmlWriter html, string text, string? cssClass = null) => html.Element("td", text, ("class", cssClass));

    /// <summary>A percentage cell coloured by sign.</summary>
    public static void Percent(HtmlWriter html, decimal? value) => Cell(html, HtmlFormat.Percent(value), HtmlFormat.SignClass(value));
}
