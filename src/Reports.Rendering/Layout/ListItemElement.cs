using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>A bullet-list item: the marker hangs in the indent beside the first line; the text may split across pages.</summary>
internal sealed class ListItemElement(Slot child, TextSpan marker, float indent) : Element
{
    public override IReadOnlyList<Block> Layout(float width)
    {
        var blocks = child.Child.Layout(Math.Max(0, width - indent)).Select(b => b.Shifted(indent, indent)).ToArray();
        var first = Array.FindIndex(blocks, b => b.Kind == BlockKind.Content);
        if (first < 0)
        {
            return blocks;
        }

        var markerBlocks = new TextElement([marker], TextAlignment.Left).Layout(indent);
        var line = blocks[first];
        var draw = line.Draw;
        blocks[first] = line with
        {
            Draw = (canvas, at) =>
            {
                if (markerBlocks.Count > 0)
                {
                    markerBlocks[0].Draw(canvas, at);
                }

                draw(canvas, at);
            },
        };
        return blocks;
    }
}
