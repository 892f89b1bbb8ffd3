using Reports.Domain.Narrative;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>The article's key figures: label, value, note.</summary>
internal sealed class KeyFiguresTable(IReadOnlyList<KeyFigure> figures) : IComponent
{
    public const string Title = "Key figures";

    public void Compose(IContainer container)
    {
        if (figures.Count == 0)
        {
            return;
        }

        container.Column(column =>
        {
            column.Item().Component(new SectionHeading(Title));
            column.Item().Table(table =>
            {
                table.Style(Tables.Standard);
                table.ColumnsDefinition(c =>
                {
                    c.RelativeColumn(2.2f);
                    c.RelativeColumn(1.4f);
                    c.RelativeColumn(3);
                });
                table.Header(h =>
                {
                    h.Cell().Text("Figure", Typography.TableHeader);
                    h.Cell().Text("Value", Typography.TableHeader);
                    h.Cell().Text("Note", Typography.TableHeader);
                });
                foreach (var figure in figures)
                {
                    table.Cell().Text(figure.Label, Typography.KeyFigureLabel);
                    table.Cell().Text(figure.Value, Typography.KeyFigureValue);
                    table.Cell().Text(figure.Note ?? "", Typography.Caption);
                }
            });
        });
    }
}
