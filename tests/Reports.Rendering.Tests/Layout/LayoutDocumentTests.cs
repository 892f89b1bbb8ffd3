using Reports.Rendering.Fonts;
using Reports.Rendering.Layout;
using Reports.Rendering.Tests.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Reports.Rendering.Tests.Layout;

public class LayoutDocumentTests
{
    private static readonly TextStyle Body = new(ReportFonts.Sans, 10, SKColors.Black);

    /// <summary>A document from a content callback, with "Page n of N" in the footer.</summary>
    private sealed class TestDocument(Action<IContainer> content, Action<IContainer, PageInfo>? header = null) : IDocument
    {
        public DocumentMetadata Metadata { get; } = new("Test", "Tests", "", "Tests", "Tests", new DateTimeOffset(2026, 2, 25, 0, 0, 0, TimeSpan.Zero));

        public void Compose(PageDescriptor page)
        {
            page.Margin(50);
            if (header is not null)
            {
                page.Header(header);
            }

            page.Footer((c, info) => c.Text($"Page {info.Number} of {info.Total}", Body, TextAlignment.Right));
            content(page.Content());
        }
    }

    private static string[] Render(Action<IContainer> content, Action<IContainer, PageInfo>? header = null) =>
        PdfText.Pages(new TestDocument(content, header).GeneratePdf()).Select(PdfText.Flatten).ToArray();

    [Fact]
    public void Long_table_repeats_its_header_row_on_every_page()
    {
        var pages = Render(c => c.Table(table =>
        {
            table.ColumnsDefinition(cols =>
            {
                cols.ConstantColumn(60);
                cols.RelativeColumn();
            });
            table.Header(h =>
            {
                h.Cell().Text("Number", Body.Bold());
                h.Cell().Text("Description", Body.Bold());
            });
            for (var i = 1; i <= 120; i++)
            {
                table.Cell().Text($"row{i}", Body);
                table.Cell().Text($"item {i}", Body);
            }
        }));

        Assert.True(pages.Length >= 3, $"expected the table to span pages, got {pages.Length}");
        Assert.All(pages, page => Assert.StartsWith("Number Description row", page));
        // Every row appears exactly once, in order.
        var rows = pages.SelectMany(p => p.Split(' ')).Where(w => w.StartsWith("row", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"row{i}"), rows);
    }

    [Fact]
    public void Footer_numbers_pages_with_the_final_total()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Text("one", Body);
            col.Item().PageBreak();
            col.Item().Text("two", Body);
            col.Item().PageBreak();
            col.Item().Text("three", Body);
        }));

        Assert.Equal(["one Page 1 of 3", "two Page 2 of 3", "three Page 3 of 3"], pages);
    }

    [Fact]
    public void Header_composer_can_skip_the_first_page()
    {
        var pages = Render(
            c => c.Column(col =>
            {
                col.Item().Text("first", Body);
                col.Item().PageBreak();
                col.Item().Text("second", Body);
            }),
            (c, info) =>
            {
                if (info.Number > 1)
                {
                    c.Text("Running header", Body);
                }
            });

        Assert.Equal(["first Page 1 of 2", "Running header second Page 2 of 2"], pages);
    }

    [Fact]
    public void Heading_kept_with_next_never_ends_a_page()
    {
        // Filler leaves 25 points: room for the heading (18.2) but not for it and the paragraph line (13) after it.
        var contentHeight = PageDescriptor.A4.Height - 2 * 50 - 13; // margins and the one-line footer
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Canvas(contentHeight - 25, (_, _) => { });
            col.Item().KeepWithNext().Text("Heading", Body.WithSize(14));
            col.Item().Text("Paragraph after the heading.", Body);
        }));

        Assert.Equal(2, pages.Length);
        Assert.StartsWith("Heading Paragraph after the heading.", pages[1]);
    }

    [Fact]
    public void Row_places_items_side_by_side()
    {
        var pdf = new TestDocument(c => c.Row(row =>
        {
            row.ConstantItem(100).Text("left", Body);
            row.RelativeItem().Text("right", Body, TextAlignment.Right);
        })).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().GroupBy(w => w.Text).ToDictionary(g => g.Key, g => g.First().BoundingBox);
        Assert.Equal(words["left"].Bottom, words["right"].Bottom, 0.5);
        Assert.Equal(50, words["left"].Left, 1.5);
        Assert.Equal(PageDescriptor.A4.Width - 50, words["right"].Right, 1.5);
    }

    [Fact]
    public void Padding_and_list_markers_indent_text()
    {
        var pdf = new TestDocument(c => c.Column(col =>
        {
            col.Item().PaddingLeft(40).Text("padded", Body);
            col.Item().ListItem("•", Body, 20).Text("item", Body);
        })).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().GroupBy(w => w.Text).ToDictionary(g => g.Key, g => g.First().BoundingBox);
        Assert.Equal(90, words["padded"].Left, 1.5);
        Assert.Equal(70, words["item"].Left, 1.5);
        Assert.Equal(50, words["•"].Left, 2);
        Assert.Equal(words["item"].Bottom, words["•"].Bottom, 1);
    }

    [Fact]
    public void Canvas_callback_draws_in_a_box_of_the_content_width()
    {
        var seen = new List<SKSize>();
        new TestDocument(c => c.Canvas(120, (_, size) => seen.Add(size))).GeneratePdf();
        var size = Assert.Single(seen);
        Assert.Equal(new SKSize(PageDescriptor.A4.Width - 100, 120), size);
    }

    [Fact]
    public void Container_takes_one_element()
    {
        Assert.Throws<InvalidOperationException>(() => new TestDocument(c =>
        {
            c.Text("one", Body);
            c.Text("two", Body);
        }).GeneratePdf());
    }

    [Fact]
    public void Spans_keep_their_own_styles()
    {
        var pdf = new TestDocument(c => c.Text(Body, text =>
        {
            text.Span("plain ");
            text.Span("bold").Bold();
            text.Span(" big").FontSize(20);
        })).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.Contains(letters, l => l.Value == "b" && l.FontName != null && l.FontName.EndsWith("DejaVuSans-Bold", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.Value == "p" && l.FontName != null && l.FontName.EndsWith("DejaVuSans", StringComparison.Ordinal));
        Assert.Equal(20, letters.Where(l => l.Value == "g").Max(l => l.PointSize), 0.1);
    }

    [Fact]
    public void Empty_document_is_one_blank_page()
    {
        var pages = Render(_ => { });
        Assert.Equal(["Page 1 of 1"], pages);
    }

    [Fact]
    public void Background_box_keeps_its_padding_at_the_end_of_the_content()
    {
        var pdf = new TestDocument(c => c.Background(SKColors.LightGray).Padding(20).Text("boxed", Body)).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // The background is painted block by block (padding, line, padding); together they make one box.
        var parts = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>().ToArray();
        Assert.NotEmpty(parts);
        // 20 + 13 (one line) + 20 points tall, the width of the content area.
        Assert.Equal(53, parts.Max(r => r.Top) - parts.Min(r => r.Bottom), 0.5);
        Assert.Equal(53, parts.Sum(r => r.Height), 0.5);
        Assert.All(parts, r => Assert.Equal(PageDescriptor.A4.Width - 100, r.Width, 0.5));
    }
}
