using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>
/// A horizontal slice of laid-out content with a fixed size. Layout turns elements into blocks, the
/// <see cref="Paginator"/> distributes blocks over pages (never splitting one), then each is drawn.
/// </summary>
/// <param name="Draw">Draws the block with its top-left corner at the given point.</param>
internal sealed record Block(float Width, float Height, Action<SKCanvas, SKPoint> Draw, BlockKind Kind = BlockKind.Content)
{
    /// <summary>The paginator keeps this block on the same page as the next content block.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>A figure: when it does not fit, later content fills the page and it opens the next one.</summary>
    public bool Float { get; init; }

    /// <summary>A block to draw first when this one starts a page (a table's header row).</summary>
    public Block? RepeatedHeader { get; init; }

    public static Block Spacing(float width, float height) => new(width, height, static (_, _) => { }, BlockKind.Spacing);

    public static Block PageBreak { get; } = new(0, 0, static (_, _) => { }, BlockKind.PageBreak);

    /// <summary>The same block drawn <paramref name="dx"/> points further right (and so its repeated header).</summary>
    public Block Shifted(float dx, float extraWidth)
    {
        if (dx == 0 && extraWidth == 0)
        {
            return this;
        }

        var draw = Draw;
        return this with
        {
            Width = Width + extraWidth,
            Draw = (canvas, at) => draw(canvas, new SKPoint(at.X + dx, at.Y)),
            RepeatedHeader = RepeatedHeader?.Shifted(dx, extraWidth),
        };
    }

    /// <summary>The same block with something painted before (under) its content, in the block's own rectangle.</summary>
    public Block Underlaid(Action<SKCanvas, SKRect> paint)
    {
        var draw = Draw;
        var (width, height) = (Width, Height);
        return this with
        {
            Draw = (canvas, at) =>
            {
                paint(canvas, SKRect.Create(at.X, at.Y, width, height));
                draw(canvas, at);
            },
            RepeatedHeader = RepeatedHeader?.Underlaid(paint),
        };
    }

    /// <summary>Several blocks stacked into one that the paginator cannot split.</summary>
    public static Block Stack(float width, IReadOnlyList<Block> blocks)
    {
        var content = blocks.Where(b => b.Kind != BlockKind.PageBreak).ToArray();
        return new Block(width, content.Sum(b => b.Height), (canvas, at) =>
        {
            var y = at.Y;
            foreach (var block in content)
            {
                block.Draw(canvas, new SKPoint(at.X, y));
                y += block.Height;
            }
        });
    }
}

internal enum BlockKind
{
    /// <summary>Something visible.</summary>
    Content,

    /// <summary>Vertical space; dropped when it would open a page.</summary>
    Spacing,

    /// <summary>Ends the current page.</summary>
    PageBreak,
}
