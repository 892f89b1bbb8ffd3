using Reports.Domain.Narrative;
using Reports.Rendering.View;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>Masthead and date, headline, standfirst, and a rule.</summary>
internal sealed class TitleBlock(ReportView article) : IComponent
{
    public void Compose(IContainer container) => container.Column(column =>
    {
        column.Spacing(8);
        column.Item().Row(row =>
        {
            row.RelativeItem().Text(ReportView.Brand.ToUpperInvariant(), Typography.Masthead);
            row.RelativeItem().Text(Formats.Date(article.Date), Typography.Dateline, TextAlignment.Right);
        });
        column.Item().LineHorizontal(1.2f, Palette.Accent);
        column.Item().PaddingTop(4).Text(article.Headline, Typography.Headline);
        if (!string.IsNullOrWhiteSpace(article.Standfirst))
        {
            column.Item().Text(article.Standfirst, Typography.Standfirst);
        }

        column.Item().PaddingTop(2).LineHorizontal(0.5f, Palette.Rule);
    });
}
