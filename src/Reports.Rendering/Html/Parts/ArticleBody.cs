using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>An article section, rendered generically: its title, paragraphs as p, list paragraphs as ul.</summary>
internal static class ArticleBody
{
    public static void Write(HtmlWriter html, ArticleSection section)
    {
        html.Open("section");
        html.Element("h2", section.Title);
        foreach (var paragraph in section.Paragraphs)
        {
            WriteParagraph(html, paragraph);
        }

        html.Close("section");
    }

    private static void WriteParagraph(HtmlWriter html, Paragraph paragraph)
    {
        if (paragraph.IsList)
        {
            html.Open("ul");
            foreach (var sentence in paragraph.Sentences)
            {
                html.Open("li");
                WriteSentence(html, sentence);
                html.Close("li");
            }

            html.Close("ul");
            return;
        }

        html.Open("p");
        for (var i = 0; i < paragraph.Sentences.Count; i++)
        {
            html.Text(i == 0 ? null : " ");
            WriteSentence(html, paragraph.Sentences[i]);
        }

        html.Close("p");
    }

    /// <summary>
    /// Marks each figure where the sentence states it, with its JSON path as a tooltip, so a reader can trace
    /// a number to report.json. Figures are looked for in order; one not found verbatim is simply not marked.
    /// </summary>
    private static void WriteSentence(HtmlWriter html, Sentence sentence)
    {
        var text = sentence.Text;
        var cursor = 0;
        foreach (var figure in sentence.Figures)
        {
            var at = figure.Formatted.Length == 0 ? -1 : text.IndexOf(figure.Formatted, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            html.Text(text[cursor..at]);
            html.Element("span", figure.Formatted, ("class", "figure"), ("title", figure.Path));
            cursor = at + figure.Formatted.Length;
        }

        html.Text(text[cursor..]);
    }
}
