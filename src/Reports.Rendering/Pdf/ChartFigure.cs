using Reports.Rendering.Charts;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>A chart with its title above and caption below, kept on one page. The plot is built when the page is
/// drawn and thrown away after, so a document holds no plots.</summary>
internal sealed class ChartFigure(string title, string caption, IReadOnlyList<(float Height, Func<ScottPlot.Plot> Build)> panels) : IComponent
{
    public ChartFigure(string title, string caption, float height, Func<ScottPlot.Plot> build)
        : this(title, caption, [(height, build)])
    {
    }

    public void Compose(IContainer container) => container.ShowEntire().PaddingVertical(4).Column(column =>
    {
        column.Spacing(3);
        column.Item().Text(title, Typography.SubHeading);
        foreach (var (height, build) in panels)
        {
            column.Item().Canvas(height, (canvas, size) =>
            {
                using var plot = build();
                ChartCanvas.Draw(plot, canvas, size);
            });
        }

        column.Item().Text(caption, Typography.Caption);
    });
}
