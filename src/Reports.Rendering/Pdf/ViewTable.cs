using Reports.Rendering.Layout;
using Reports.Rendering.Theme;
using Reports.Rendering.View;

namespace Reports.Rendering.Pdf;

/// <summary>A <see cref="TableView"/> on the page: caption above, header row repeated on each page, figures
/// right-aligned under right-aligned headers, the first column bold.</summary>
internal sealed class ViewTable(TableView view) : IComponent
{
    public static TableStyle Style { get; } = new(4, 3, Palette.HeaderFill, Palette.StripeFill, Palette.Rule);

    public void Compose(IContainer container) => container.Column(column =>
    {
        column.Spacing(3);
        column.Item().KeepWithNext().Text(view.Caption, Typography.Caption);
        column.Item().Table(table =>
        {
            table.Style(Style);
            table.ColumnsDefinition(c =>
            {
                foreach (var col in view.Columns)
                {
                    c.RelativeColumn(col.Weight);
                }
            });
            table.Header(h =>
            {
                foreach (var col in view.Columns)
                {
                    h.Cell().Text(col.Header, Typography.TableHeader, Align(col));
                }
            });
            foreach (var row in view.Rows)
            {
                for (var i = 0; i < view.Columns.Count; i++)
                {
                    var cell = i < row.Count ? row[i] : "";
                    var style = i == 0 ? Typography.TableCell.Bold() : Typography.TableCell;
                    table.Cell().Text(style, text =>
                    {
                        text.Span(cell.Text);
                        if (cell.Flag is { } flag)
                        {
                            text.Span(" ");
                            text.Span(flag, Typography.Flag);
                        }

                        if (cell.Detail is { Length: > 0 } detail)
                        {
                            text.Span("\n" + detail, Typography.TableCell.WithColor(Palette.Muted));
                        }

                        if (Align(view.Columns[i]) == TextAlignment.Right)
                        {
                            text.AlignRight();
                        }
                    });
                }
            }
        });
    });

    private static TextAlignment Align(ColumnView column) => column.Numeric ? TextAlignment.Right : TextAlignment.Left;
}
