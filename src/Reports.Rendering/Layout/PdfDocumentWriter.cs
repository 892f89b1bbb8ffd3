using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>
/// Measure, paginate, draw. The content is laid out once; pages are cut with header and footer heights
/// measured for each page; then every page is drawn with its final "page n of N" into Skia's PDF backend.
/// </summary>
internal static class PdfDocumentWriter
{
    public static byte[] GeneratePdf(this IDocument document)
    {
        var page = new PageDescriptor();
        document.Compose(page);

        var size = page.PageSize;
        var margin = page.MarginSize;
        var width = size.Width - 2 * margin;
        var content = page.ContentSlot.Child.Layout(width);

        // Measure pass: header/footer heights per page, with the total not yet known.
        var pages = Paginate(page, content, width, total: 0);
        // The total can change the chrome only if a composer makes it do so; settle it (at most twice more).
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var settled = Paginate(page, content, width, pages.Count);
            if (settled.Count == pages.Count)
            {
                pages = settled;
                break;
            }

            pages = settled;
        }

        // Skia writes into native memory: a MemoryStream's doubling buffers were large-object garbage on every render.
        using var stream = new SKDynamicMemoryWStream();
        using (var pdf = SKDocument.CreatePdf(stream, Metadata(document.Metadata)))
        {
            for (var n = 1; n <= pages.Count; n++)
            {
                var info = new PageInfo(n, pages.Count);
                var canvas = pdf.BeginPage(size.Width, size.Height);
                var header = Chrome(page.HeaderComposer, info, width);
                var footer = Chrome(page.FooterComposer, info, width);
                var top = margin + Height(header);

                // Drawn in reading order (header, content, footer) so extracted text reads naturally.
                DrawStack(canvas, header, margin, margin);
                canvas.Save();
                canvas.ClipRect(SKRect.Create(0, top, size.Width, size.Height - top - margin - Height(footer)));
                foreach (var placed in pages[n - 1])
                {
                    placed.Block.Draw(canvas, new SKPoint(margin, top + placed.Y));
                }

                canvas.Restore();
                DrawStack(canvas, footer, margin, size.Height - margin - Height(footer));
                pdf.EndPage();
            }

            pdf.Close();
        }

        using var bytes = stream.DetachAsData();
        return bytes.ToArray();
    }

    private static IReadOnlyList<IReadOnlyList<PlacedBlock>> Paginate(PageDescriptor page, IReadOnlyList<Block> content, float width, int total)
    {
        var usable = page.PageSize.Height - 2 * page.MarginSize;
        return Paginator.Paginate(content, n =>
            usable
            - Height(Chrome(page.HeaderComposer, new PageInfo(n, total), width))
            - Height(Chrome(page.FooterComposer, new PageInfo(n, total), width)));
    }

    private static IReadOnlyList<Block> Chrome(Action<IContainer, PageInfo>? compose, PageInfo info, float width)
    {
        if (compose is null)
        {
            return [];
        }

        var slot = new Slot();
        compose(slot, info);
        return slot.Child.Layout(width);
    }

    private static float Height(IReadOnlyList<Block> blocks) => blocks.Sum(b => b.Height);

    private static void DrawStack(SKCanvas canvas, IReadOnlyList<Block> blocks, float x, float y)
    {
        foreach (var block in blocks)
        {
            block.Draw(canvas, new SKPoint(x, y));
            y += block.Height;
        }
    }

    private static SKDocumentPdfMetadata Metadata(DocumentMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Creator = metadata.Creator,
        Producer = metadata.Producer,
        Creation = metadata.Created.UtcDateTime,
        Modified = metadata.Created.UtcDateTime,
        RasterDpi = SKDocument.DefaultRasterDpi,
        EncodingQuality = 100,
        // PDF/A would add an XMP packet and a document ID that Skia derives from the clock.
        PdfA = false,
    };
}
