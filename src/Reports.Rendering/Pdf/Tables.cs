using Reports.Rendering.Layout;
using Reports.Rendering.Theme;

namespace Reports.Rendering.Pdf;

/// <summary>The one table look of the report.</summary>
internal static class Tables
{
    public static TableStyle Standard { get; } = new(4, 3, Palette.HeaderFill, Palette.StripeFill, Palette.Rule);
}
