namespace Reports.Rendering.Layout;

/// <summary>Stacks items vertically with a fixed gap; the column splits across pages between any two blocks.</summary>
internal sealed class ColumnDescriptor
{
    private readonly List<Slot> items = [];
    private float spacing;

    public ColumnDescriptor Spacing(float points)
    {
        spacing = points;
        return this;
    }

    public IContainer Item()
    {
        var slot = new Slot();
        items.Add(slot);
        return slot;
    }

    internal Element Build() => new ColumnElement([.. items], spacing);

    private sealed class ColumnElement(IReadOnlyList<Slot> items, float spacing) : Element
    {
        public override IReadOnlyList<Block> Layout(float width)
        {
            var result = new List<Block>();
            foreach (var item in items)
            {
                var blocks = item.Child.Layout(width);
                if (blocks.Count == 0)
                {
                    continue;
                }

                if (result.Count > 0 && spacing > 0)
                {
                    result.Add(Block.Spacing(width, spacing));
                }

                result.AddRange(blocks);
            }

            return result;
        }
    }
}
