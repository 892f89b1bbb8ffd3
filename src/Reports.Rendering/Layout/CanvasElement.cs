using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>Free drawing in a box of the full width and a fixed height; the callback sees (0,0) at the box's corner.</summary>
internal sealed class CanvasElement(float height, Action<SKCanvas, SKSize> draw) : Element
{
    public override IReadOnlyList<Block> Layout(float width) =>
    [
        new Block(width, height, (canvas, at) =>
        {
            canvas.Save();
            canvas.Translate(at.X, at.Y);
            canvas.ClipRect(SKRect.Create(0, 0, width, height));
            draw(canvas, new SKSize(width, height));
            canvas.Restore();
        }),
    ];
}

/// <summary>A horizontal rule across the full width.</summary>
internal sealed class LineElement(float thickness, SKColor color) : Element
{
    public override IReadOnlyList<Block> Layout(float width) =>
    [
        new Block(width, thickness, (canvas, at) =>
        {
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
            canvas.DrawRect(SKRect.Create(at.X, at.Y, width, thickness), paint);
        }),
    ];
}
