using Reports.Domain.Narrative;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;
using Reports.Rendering.View;

namespace Reports.Rendering.Pdf;

/// <summary>
/// The <see cref="ReportView"/> as a document: title block, notices, key figures, the body parts, then the appendix
/// on a new page. Every page after the first has a running header; every page has "Page n of N".
/// </summary>
internal sealed class FlowReportDocument(ReportView view) : IDocument
{
    public DocumentMetadata Metadata => new(
        Title: view.Headline,
        Author: ReportView.Brand,
        Subject: view.Standfirst,
        Creator: ReportView.Brand,
        Producer: ReportView.Brand + " PDF renderer (SkiaSharp)",
        // Derived from the report day, never the clock, so the same report gives the same bytes.
        Created: new DateTimeOffset(view.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public void Compose(PageDescriptor page)
    {
        page.Size(PageDescriptor.A4).Margin(PageDescriptor.Millimetres(18));
        page.Header(ComposeHeader);
        page.Footer(ComposeFooter);
        page.Content().Column(ComposeContent);
    }

    private void ComposeHeader(IContainer container, PageInfo page)
    {
        if (page.Number == 1)
        {
            return;
        }

        container.PaddingBottom(12).Column(column =>
        {
            column.Spacing(3);
            column.Item().Text($"{ReportView.Brand} · {Formats.Date(view.Date)}", Typography.PageChrome);
            column.Item().LineHorizontal(0.5f, Palette.Rule);
        });
    }

    private static void ComposeFooter(IContainer container, PageInfo page) =>
        container.PaddingTop(10).Text($"Page {page.Number} of {page.Total}", Typography.PageChrome, TextAlignment.Right);

    private void ComposeContent(ColumnDescriptor column)
    {
        column.Spacing(8);
        column.Item().Component(new TitleBlock(view));
        foreach (var notice in view.Notices)
        {
            column.Item().Text(notice, Typography.Flag);
        }

        if (view.KeyFigures is { } keyFigures)
        {
            column.Item().Component(new SectionHeading(ReportView.KeyFiguresTitle));
            column.Item().Component(new ViewTable(keyFigures));
        }

        foreach (var part in view.Parts)
        {
            Add(column, part);
        }
    }

    private static void Add(ColumnDescriptor column, ViewPart part)
    {
        switch (part)
        {
            case SectionPart s:
                column.Item().Component(new ArticleSectionView(s.Section));
                break;
            case HeadingPart h:
                column.Item().Component(new SectionHeading(h.Title, h.Sub));
                break;
            case FigurePart f:
                column.Item().Component(new ChartFigure(f.Chart, f.Table));
                break;
            case NotePart n:
                column.Item().Component(new NoteView(n));
                break;
            case TablePart t:
                column.Item().Component(new ViewTable(t.Table));
                break;
            case ListPart l:
                column.Item().Component(new SectionHeading(l.Title, sub: true));
                foreach (var item in l.Items)
                {
                    column.Item().ListItem("•", Typography.Caption, 10).Text(item, Typography.Caption);
                }

                break;
            case AppendixStartPart:
                column.Item().PageBreak();
                break;
            default:
                throw new InvalidOperationException($"No PDF view for {part.GetType().Name}.");
        }
    }
}
