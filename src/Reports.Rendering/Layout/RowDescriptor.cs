using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>
/// Places items side by side: constant widths first, the rest shared by relative weights. A row is one
/// unbreakable block as tall as its tallest item.
/// </summary>
internal sealed class RowDescriptor
{
    private readonly List<(Slot Slot, float Constant, float Relative)> items = [];
    private float spacing;

    public RowDescriptor Spacing(float points)
    {
        spacing = points;
        return this;
    }

    public IContainer ConstantItem(float width) => Add(width, 0);

    public IContainer RelativeItem(float weight = 1) => Add(0, weight);

    private Slot Add(float constant, float relative)
    {
        var slot = new Slot();
        items.Add((slot, constant, relative));
        return slot;
    }

    internal Element Build() => new RowElement([.. items], spacing);

    private sealed class RowElement(IReadOnlyList<(Slot Slot, float Constant, float Relative)> items, float spacing) : Element
    {
        public override IReadOnlyList<Block> Layout(float width)
        {
            if (items.Count == 0)
            {
                return [];
            }

            var free = width - items.Sum(i => i.Constant) - spacing * (items.Count - 1);
            var weights = items.Sum(i => i.Relative);
            var cells = new List<(float X, IReadOnlyList<Block> Blocks)>();
            var x = 0f;
            foreach (var (slot, constant, relative) in items)
            {
                var itemWidth = constant + (weights > 0 ? Math.Max(0, free) * relative / weights : 0);
                cells.Add((x, slot.Child.Layout(itemWidth)));
                x += itemWidth + spacing;
            }

            var height = cells.Max(c => c.Blocks.Sum(b => b.Height));
            return height <= 0 ? [] :
            [
                new Block(width, height, (canvas, at) =>
                {
                    foreach (var (cellX, blocks) in cells)
                    {
                        var y = at.Y;
                        foreach (var block in blocks)
                        {
                            block.Draw(canvas, new SKPoint(at.X + cellX, y));
                            y += block.Height;
                        }
                    }
                }),
            ];
        }
    }
}
