namespace Reports.Rendering.Layout;

/// <summary>A node of the layout tree. Laying it out at a width gives the blocks the paginator places.</summary>
internal abstract class Element
{
    public abstract IReadOnlyList<Block> Layout(float width);
}

internal sealed class EmptyElement : Element
{
    public static EmptyElement Instance { get; } = new();

    public override IReadOnlyList<Block> Layout(float width) => [];
}
