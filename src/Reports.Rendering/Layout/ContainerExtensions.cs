using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>The fluent API for filling containers, shaped like QuestPDF's: decorators return the inner container.</summary>
internal static class ContainerExtensions
{
    public static IContainer Padding(this IContainer container, float all) => container.Padding(all, all, all, all);

    public static IContainer PaddingHorizontal(this IContainer container, float value) => container.Padding(value, 0, value, 0);

    public static IContainer PaddingVertical(this IContainer container, float value) => container.Padding(0, value, 0, value);

    public static IContainer PaddingTop(this IContainer container, float value) => container.Padding(0, value, 0, 0);

    public static IContainer PaddingBottom(this IContainer container, float value) => container.Padding(0, 0, 0, value);

    public static IContainer PaddingLeft(this IContainer container, float value) => container.Padding(value, 0, 0, 0);

    public static IContainer Padding(this IContainer container, float left, float top, float right, float bottom) =>
        Wrap(container, inner => new PaddingElement(inner, left, top, right, bottom));

    public static IContainer Background(this IContainer container, SKColor color) =>
        Wrap(container, inner => new BackgroundElement(inner, color));

    /// <summary>Keeps this content on the same page as the content after it.</summary>
    public static IContainer KeepWithNext(this IContainer container) => Wrap(container, inner => new KeepWithNextElement(inner));

    /// <summary>Never splits this content across pages.</summary>
    public static IContainer ShowEntire(this IContainer container) => Wrap(container, inner => new ShowEntireElement(inner));

    /// <summary>Never splits this content, and lets the content after it go first when it does not fit on the page.</summary>
    public static IContainer Float(this IContainer container) => Wrap(container, inner => new FloatElement(inner));

    /// <summary>Indents the content and hangs <paramref name="marker"/> beside its first line.</summary>
    public static IContainer ListItem(this IContainer container, string marker, TextStyle style, float indent) =>
        Wrap(container, inner => new ListItemElement(inner, new TextSpan(marker, style), indent));

    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        var column = new ColumnDescriptor();
        compose(column);
        Slot.Of(container).Place(column.Build());
    }

    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        var row = new RowDescriptor();
        compose(row);
        Slot.Of(container).Place(row.Build());
    }

    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        var table = new TableDescriptor();
        compose(table);
        Slot.Of(container).Place(table.Build());
    }

    public static void Text(this IContainer container, TextStyle style, Action<TextDescriptor> compose)
    {
        var text = new TextDescriptor(style);
        compose(text);
        Slot.Of(container).Place(text.Build());
    }

    public static void Text(this IContainer container, string text, TextStyle style, TextAlignment alignment = TextAlignment.Left) =>
        Slot.Of(container).Place(new TextElement([new TextSpan(text, style)], alignment));

    /// <summary>Draws with <paramref name="draw"/> in a box of the container's width and the given height (charts).</summary>
    public static void Canvas(this IContainer container, float height, Action<SKCanvas, SKSize> draw) =>
        Slot.Of(container).Place(new CanvasElement(height, draw));

    public static void LineHorizontal(this IContainer container, float thickness, SKColor color) =>
        Slot.Of(container).Place(new LineElement(thickness, color));

    public static void PageBreak(this IContainer container) => Slot.Of(container).Place(new PageBreakElement());

    public static void Component(this IContainer container, IComponent component) => component.Compose(container);

    private static IContainer Wrap(IContainer container, Func<Slot, Element> decorator)
    {
        var inner = new Slot();
        Slot.Of(container).Place(decorator(inner));
        return inner;
    }
}
