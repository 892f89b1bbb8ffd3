using Reports.Rendering.Charts;
using Reports.Rendering.View;

namespace Reports.Rendering.Html.Parts;

/// <summary>A chart as a figure: its title, each panel as inline SVG drawn by ScottPlot (the same plot the PDF draws),
/// the caption, and a text alternative.</summary>
internal static class ChartFigure
{
    /// <summary>
    /// The SVG's own width in px; it scales to the column. Each panel is drawn twice, and the stylesheet shows one: a
    /// wide drawing for screens of 600 px and up (and print), a narrow one below, so chart text stays legible on a
    /// phone instead of shrinking with the whole drawing.
    /// </summary>
    public const float WideWidth = 440, NarrowWidth = 300;

    public static void Write(HtmlWriter html, ChartView chart, int number)
    {
        html.Open("figure", ("class", "chart"));
        html.Element("h3", chart.Title);
        html.Open("div", ("class", "chart-box"));
        for (var i = 0; i < chart.Panels.Count; i++)
        {
            var panel = chart.Panels[i];
            var label = i == 0 ? chart.Description : $"{chart.Title}: {panel.Kind} panel; see the description above.";
            foreach (var (width, name) in new[] { (WideWidth, "wide"), (NarrowWidth, "narrow") })
            {
                using var plot = panel.Build(panel.Height);
                html.Open("div", ("class", name));
                html.Trusted(ChartCanvas.Svg(plot, width, panel.Height, label, $"chart{number}-{i + 1}{name[0]}"));
                html.Close("div");
            }
        }

        html.Close("div");
        html.Element("figcaption", chart.Caption);
        html.Close("figure");
    }
}
