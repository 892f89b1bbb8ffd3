using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>A paragraph: spans broken into lines, one block per line so a paragraph can continue on the next page.</summary>
internal sealed class TextElement(IReadOnlyList<TextSpan> spans, TextAlignment alignment) : Element
{
    public override IReadOnlyList<Block> Layout(float width)
    {
        if (spans.Count == 0)
        {
            return [];
        }

        return LineBreaker.Break(spans, width).Select(line =>
        {
            var indent = alignment switch
            {
                TextAlignment.Right => width - line.Width,
                TextAlignment.Center => (width - line.Width) / 2,
                _ => 0,
            };
            return new Block(width, line.Height, (canvas, at) => Draw(canvas, line, at.X + indent, at.Y + line.Baseline));
        }).ToArray();
    }

    private static void Draw(SKCanvas canvas, TextLine line, float x, float baseline)
    {
        // One text blob per colour; each run keeps its own typeface and size.
        foreach (var group in line.Runs.GroupBy(r => r.Style.Color))
        {
            using var builder = new SKTextBlobBuilder();
            foreach (var run in group)
            {
                var size = run.Style.Size;
                using var font = new SKFont(run.Style.Typeface, size) { Subpixel = true, LinearMetrics = true };
                var buffer = builder.AllocatePositionedRun(font, run.Shape.Glyphs.Length);
                var glyphs = buffer.Glyphs;
                var positions = buffer.Positions;
                for (var i = 0; i < run.Shape.Glyphs.Length; i++)
                {
                    glyphs[i] = run.Shape.Glyphs[i];
                    var p = run.Shape.Positions[i];
                    positions[i] = new SKPoint(run.X + p.X * size, p.Y * size);
                }
            }

            using var blob = builder.Build();
            if (blob is null)
            {
                continue;
            }

            using var paint = new SKPaint { Color = group.Key, IsAntialias = true };
            canvas.DrawText(blob, x, baseline, paint);
        }
    }
}
