using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>The page template: size, margins, and header/footer composed afresh for each page.</summary>
internal sealed class PageDescriptor
{
    /// <summary>ISO A4 in PDF points (1/72 inch).</summary>
    public static SKSize A4 { get; } = new(595.28f, 841.89f);

    /// <summary>Millimetres to points.</summary>
    public static float Millimetres(float mm) => mm * 72f / 25.4f;

    internal SKSize PageSize { get; private set; } = A4;

    internal float MarginSize { get; private set; } = Millimetres(18);

    internal Action<IContainer, PageInfo>? HeaderComposer { get; private set; }

    internal Action<IContainer, PageInfo>? FooterComposer { get; private set; }

    internal Slot ContentSlot { get; } = new();

    public PageDescriptor Size(SKSize size)
    {
        PageSize = size;
        return this;
    }

    public PageDescriptor Margin(float points)
    {
        MarginSize = points;
        return this;
    }

    /// <summary>Composes the header for each page; compose nothing to leave a page without one.</summary>
    public PageDescriptor Header(Action<IContainer, PageInfo> compose)
    {
        HeaderComposer = compose;
        return this;
    }

    public PageDescriptor Footer(Action<IContainer, PageInfo> compose)
    {
        FooterComposer = compose;
        return this;
    }

    public IContainer Content() => ContentSlot;
}
