using Reports.Rendering.Charts;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;
using Reports.Rendering.View;

namespace Reports.Rendering.Pdf;

/// <summary>A chart with its title above and caption below (and the table that belongs with it), kept on one page and floating: when it does not fit,
/// the text after it fills the page and the figure opens the next one. The plot is built when the page is drawn
/// and thrown away after, so a document holds no plots.</summary>
internal sealed class ChartFigure(ChartView chart, TableView? table) : IComponent
{
    public void Compose(IContainer container) => container.Float().PaddingVertical(4).Column(column =>
    {
        column.Spacing(3);
        column.Item().Text(chart.Title, Typography.SubHeading);
        foreach (var panel in chart.Panels)
        {
            column.Item().Canvas(panel.Height, (canvas, size) =>
            {
                using var plot = panel.Build(size.Height);
                ChartCanvas.Draw(plot, canvas, size);
            });
        }

        column.Item().Text(chart.Caption, Typography.Caption);
        if (table is not null)
        {
            column.Item().PaddingTop(3).Component(new ViewTable(table));
        }
    });
}

/// <summary>Stands in for a chart that has nothing to draw, or a part with nothing to list.</summary>
internal sealed class NoteView(NotePart note) : IComponent
{
    public void Compose(IContainer container) => container.ShowEntire().Column(c =>
    {
        c.Spacing(3);
        if (note.Title.Length > 0)
        {
            c.Item().Text(note.Title, Typography.SubHeading);
        }

        c.Item().Text(note.Text, Typography.Caption.WithColor(note.Title.Length > 0 ? Palette.Warning : Palette.Muted));
    });
}
