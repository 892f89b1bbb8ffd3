using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>How a run of text looks. <paramref name="LineHeight"/> is a multiple of the font size.</summary>
internal sealed record TextStyle(FontFamily Family, float Size, SKColor Color, FontWeight Weight = FontWeight.Normal, float LineHeight = 1.3f)
{
    public SKTypeface Typeface => Family.Face(Weight);

    public TextStyle Bold() => this with { Weight = FontWeight.Bold };

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle WithColor(SKColor color) => this with { Color = color };
}

internal enum TextAlignment
{
    Left,
    Center,
    Right,
}
