using SkiaSharp;

namespace Reports.Rendering.Layout;

// Elements that wrap one child and change its blocks without laying anything out themselves.

internal sealed class PaddingElement(Slot child, float left, float top, float right, float bottom) : Element
{
    public override IReadOnlyList<Block> Layout(float width)
    {
        var inner = Math.Max(0, width - left - right);
        var blocks = child.Child.Layout(inner);
        if (blocks.Count == 0)
        {
            return blocks;
        }

        var result = new List<Block>(blocks.Count + 2);
        if (top > 0)
        {
            result.Add(Block.Spacing(width, top));
        }

        result.AddRange(blocks.Select(b => b.Shifted(left, left + right)));
        if (bottom > 0)
        {
            result.Add(Block.Spacing(width, bottom));
        }

        return result;
    }
}

/// <summary>Fills each block of the child; a background that spans pages is painted on each page's part.
/// Painted spacing (the padding inside a box) becomes content, so the paginator no longer drops it.</summary>
internal sealed class BackgroundElement(Slot child, SKColor color) : Element
{
    public override IReadOnlyList<Block> Layout(float width) =>
        child.Child.Layout(width).Select(b => b.Kind == BlockKind.PageBreak ? b : (b with { Kind = BlockKind.Content }).Underlaid((canvas, rect) =>
        {
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
            canvas.DrawRect(rect, paint);
        })).ToArray();
}

/// <summary>Keeps the child on the same page as whatever follows it (a heading and its first lines).</summary>
internal sealed class KeepWithNextElement(Slot child) : Element
{
    public override IReadOnlyList<Block> Layout(float width) =>
        child.Child.Layout(width).Select(b => b with { KeepWithNext = true }).ToArray();
}

/// <summary>Makes the child one unbreakable block (a chart with its caption, a figure box).</summary>
internal sealed class ShowEntireElement(Slot child) : Element
{
    public override IReadOnlyList<Block> Layout(float width)
    {
        var blocks = child.Child.Layout(width);
        return blocks.Count == 0 ? blocks : [Block.Stack(width, blocks)];
    }
}

/// <summary>Makes the child one unbreakable block that floats (see <see cref="Paginator"/>).</summary>
internal sealed class FloatElement(Slot child) : Element
{
    public override IReadOnlyList<Block> Layout(float width)
    {
        var blocks = child.Child.Layout(width);
        return blocks.Count == 0 ? blocks : [Block.Stack(width, blocks) with { Float = true }];
    }
}

internal sealed class PageBreakElement : Element
{
    public override IReadOnlyList<Block> Layout(float width) => [Block.PageBreak];
}
