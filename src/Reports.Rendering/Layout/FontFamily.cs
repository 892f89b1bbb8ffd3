using SkiaSharp;

namespace Reports.Rendering.Layout;

/// <summary>A family's regular and bold faces; text styles pick one by <see cref="FontWeight"/>.</summary>
internal sealed record FontFamily(string Name, SKTypeface Regular, SKTypeface Bold)
{
    public SKTypeface Face(FontWeight weight) => weight == FontWeight.Bold ? Bold : Regular;
}

internal enum FontWeight
{
    Normal,
    Bold,
}
