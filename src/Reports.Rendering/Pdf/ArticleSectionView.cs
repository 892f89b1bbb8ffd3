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
        for (var i = 0; i < section.Paragraphs.Count; i++)
        {
            var paragraph = section.Paragraphs[i];
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
                // A lead-in ("What drove the day:") stays on the page of its list's first item: a figure that
                // floats to the next page must not come between them.
                var item = i + 1 < section.Paragraphs.Count && section.Paragraphs[i + 1].IsList ? column.Item().KeepWithNext() : column.Item();
                item.Text(paragraph.Text, Typography.Body);
            }
        }
    });
}
