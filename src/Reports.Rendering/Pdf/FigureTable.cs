using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>One row per item, one column per (header, width weight, cell text); the first column is bold.</summary>
internal sealed class FigureTable<T>(IReadOnlyList<T> rows, IReadOnlyList<(string Header, float Weight, Func<T, string> Cell)> columns) : IComponent
{
    public void Compose(IContainer container) => container.Table(table =>
    {
        table.Style(Tables.Standard);
        table.ColumnsDefinition(c =>
        {
            foreach (var column in columns)
            {
                c.RelativeColumn(column.Weight);
            }
        });
        table.Header(h =>
        {
            foreach (var column in columns)
            {
                h.Cell().Text(column.Header, Typography.TableHeader);
            }
        });
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                table.Cell().Text(columns[i].Cell(row), i == 0 ? Typography.TableCell.Bold() : Typography.TableCell);
            }
        }
    });
}
