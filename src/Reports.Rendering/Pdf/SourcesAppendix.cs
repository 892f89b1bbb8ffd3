using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>The article's closing section (methodology and sources) with the table of inputs, and what was
/// missing or skipped while loading them.</summary>
internal sealed class SourcesAppendix(ArticleSection? section, IReadOnlyList<SourceInfo> sources, IReadOnlyList<string> gaps, IReadOnlyList<DataWarning> warnings) : IComponent
{
    public const string DefaultTitle = "Sources";
    public const string SyntheticFlag = "SYNTHETIC";

    public void Compose(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        if (section is not null)
        {
            column.Item().Component(new ArticleSectionView(section));
        }
        else
        {
            column.Item().Component(new SectionHeading(DefaultTitle));
        }

        if (sources.Count == 0)
        {
            column.Item().Text("No sources were recorded for this report.", Typography.Caption);
        }
        else
        {
            column.Item().Component(new SourceTable(sources));
        }

        AddList(column, "Data gaps", gaps);
        AddList(column, "Data warnings", warnings.Select(w => w.ToString()).ToArray());
    });

    private static void AddList(ColumnDescriptor column, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        column.Item().Component(new SectionHeading(title, sub: true));
        foreach (var item in items)
        {
            column.Item().ListItem("•", Typography.Caption, 10).Text(item, Typography.Caption);
        }
    }

    private sealed class SourceTable(IReadOnlyList<SourceInfo> sources) : IComponent
    {
        public void Compose(IContainer container) => container.Table(table =>
        {
            table.Style(Tables.Standard);
            table.ColumnsDefinition(c =>
            {
                c.RelativeColumn(2);
                c.RelativeColumn(2.6f);
                c.RelativeColumn(1.7f);
                c.ConstantColumn(36);
            });
            table.Header(h =>
            {
                h.Cell().Text("Input", Typography.TableHeader);
                h.Cell().Text("Origin", Typography.TableHeader);
                h.Cell().Text("Range", Typography.TableHeader);
                h.Cell().Text("Rows", Typography.TableHeader, TextAlignment.Right);
            });
            foreach (var source in sources)
            {
                table.Cell().Text(Typography.TableCell, text =>
                {
                    text.Span(source.Name).Bold();
                    if (source.Synthetic)
                    {
                        text.Span(" ");
                        text.Span(SyntheticFlag, Typography.Flag);
                    }
                });
                table.Cell().Text(Typography.TableCell, text =>
                {
                    text.Span(source.Origin);
                    if (!string.IsNullOrWhiteSpace(source.Provenance))
                    {
                        text.Span("\n" + source.Provenance).FontColor(Palette.Muted);
                    }
                });
                table.Cell().Text(ReportDates.Range(source.From, source.To), Typography.TableCell);
                table.Cell().Text(source.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Typography.TableCell, TextAlignment.Right);
            }
        });
    }
}
