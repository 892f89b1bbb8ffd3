using Reports.Rendering.Charts;
using Reports.Rendering.View;

namespace Reports.Rendering.Html.Parts;

/// <summary>A chart as a figure: its title, each panel as inline SVG drawn by ScottPlot (the same plot the PDF draws),
/// the caption, and a text alternative. <paramref name="number"/> keeps the SVGs' ids unique on the page.</summary>
internal static class ChartFigure
{
    /// <summary>The SVG's own width in px; it scales to the column. Narrower than the PDF's 493 pt text width so that
    /// chart text stays legible on a phone, where the box scrolls rather than shrink it further.</summary>
    public const float Width = 440;

    public static void Write(HtmlWriter html, ChartView chart, int number)
    {
        html.Open("figure", ("class", "chart"));
        html.Element("h3", chart.Title);
        html.Open("div", ("class", "chart-box"));
        for (var i = 0; i < chart.Panels.Count; i++)
        {
            var panel = chart.Panels[i];
            using var plot = panel.Build(panel.Height);
            var label = i == 0 ? chart.Description : $"{chart.Title}: {panel.Kind} panel; see the description above.";
            html.Trusted(ChartCanvas.Svg(plot, Width, panel.Height, label, $"chart{number}-{i + 1}"));
        }

        html.Close("div");
        html.Element("figcaption", chart.Caption);
        html.Close("figure");
    }
}
