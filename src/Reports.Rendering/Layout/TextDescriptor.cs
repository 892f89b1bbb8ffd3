using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>Builds a paragraph from spans; spans start in the default style and can be restyled.</summary>
internal sealed class TextDescriptor(TextStyle defaultStyle)
{
    private readonly List<TextSpan> spans = [];
    private TextAlignment alignment = TextAlignment.Left;

    public TextSpanDescriptor Span(string text) => Span(text, defaultStyle);

    public TextSpanDescriptor Span(string text, TextStyle style)
    {
        spans.Add(new TextSpan(text, style));
        return new TextSpanDescriptor(spans, spans.Count - 1);
    }

    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);

    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextDescriptor AlignRight() => Align(TextAlignment.Right);

    private TextDescriptor Align(TextAlignment value)
    {
        alignment = value;
        return this;
    }

    internal Element Build() => new TextElement([.. spans], alignment);
}

/// <summary>Restyles the span just added: <c>text.Span("n/a").FontColor(grey)</c>.</summary>
internal sealed class TextSpanDescriptor
{
    private readonly List<TextSpan> spans;
    private readonly int index;

    internal TextSpanDescriptor(List<TextSpan> spans, int index) => (this.spans, this.index) = (spans, index);

    public TextSpanDescriptor Style(TextStyle style) => Restyle(_ => style);

    public TextSpanDescriptor Bold() => Restyle(s => s.Bold());

    public TextSpanDescriptor FontSize(float size) => Restyle(s => s.WithSize(size));

    public TextSpanDescriptor FontColor(SKColor color) => Restyle(s => s.WithColor(color));

    private TextSpanDescriptor Restyle(Func<TextStyle, TextStyle> change)
    {
        spans[index] = spans[index] with { Style = change(spans[index].Style) };
        return this;
    }
}
