namespace Reports.Rendering.Layout;

/// <summary>
/// A slot that takes exactly one element. Content is placed through the extension methods in
/// <see cref="ContainerExtensions"/>; decorators (padding, background...) return the inner slot.
/// </summary>
internal interface IContainer;

/// <summary>The one implementation of <see cref="IContainer"/>: holds the element placed in it.</summary>
internal sealed class Slot : IContainer
{
    private Element? child;

    public Element Child => child ?? EmptyElement.Instance;

    public void Place(Element element)
    {
        if (child is not null)
        {
            throw new InvalidOperationException("This container already has content; use Column() to stack several elements.");
        }

        child = element;
    }

    public static Slot Of(IContainer container) =>
        container as Slot ?? throw new ArgumentException("Containers come from the layout engine, not from callers.", nameof(container));
}
