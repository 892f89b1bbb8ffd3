using Reports.Domain.Narrative;
using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>A section of the article: its heading, then paragraphs, or bullet lists where a paragraph is a list.</summary>
internal sealed class ArticleSectionView(ArticleSection section) : IComponent
{
    public void Compose(IContainer container) => container.Column(column =>
    {
        column.Spacing(6);
        column.Item().Component(new SectionHeading(section.Title));
        foreach (var paragraph in section.Paragraphs)
        {
            if (paragraph.IsList)
            {
                column.Item().Column(list =>
                {
                    list.Spacing(3);
                    foreach (var sentence in paragraph.Sentences)
                    {
                        list.Item().ListItem("•", Typography.Body, 12).Text(sentence.Text, Typography.Body);
                    }
                });
            }
            else if (paragraph.Sentences.Count > 0)
            {
                column.Item().Text(paragraph.Text, Typography.Body);
            }
        }
    });
}
