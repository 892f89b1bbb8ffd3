using System.Reflection;
using Reports.Rendering.Layout;
using SkiaSharp;

namespace Reports.Rendering.Fonts;

/// <summary>
/// The DejaVu faces shipped inside this assembly (licence: Fonts/LICENSE-DejaVu.txt). Loaded once and shared:
/// Skia embeds a typeface in a PDF per instance, so the page text and the charts must use these same objects.
/// </summary>
internal static class ReportFonts
{
    /// <summary>Family names we register with ScottPlot; distinct from the system's "DejaVu Sans" so a typeface
    /// ScottPlot cached from the system earlier can never be picked instead of ours.</summary>
    public const string SansName = "Flow Reports Sans";
    public const string SerifName = "Flow Reports Serif";

    private static readonly Lazy<FontFamily> SansFamily = new(() =>
        new FontFamily(SansName, Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf")));

    private static readonly Lazy<FontFamily> SerifFamily = new(() =>
        new FontFamily(SerifName, Load("DejaVuSerif.ttf"), Load("DejaVuSerif-Bold.ttf")));

    public static FontFamily Sans => SansFamily.Value;

    public static FontFamily Serif => SerifFamily.Value;

    /// <summary>The family registered under <paramref name="name"/>, or null.</summary>
    public static FontFamily? Find(string name) =>
        name == SansName ? Sans : name == SerifName ? Serif : null;

    private static SKTypeface Load(string file)
    {
        var resource = "Reports.Rendering.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Font resource {resource} is missing from the assembly.");
        // SKData copies the bytes, so the typeface outlives the resource stream.
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Font resource {resource} is not a readable font.");
    }
}
