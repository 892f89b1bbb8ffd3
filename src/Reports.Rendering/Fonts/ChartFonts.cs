using Reports.Rendering.Layout;
using SkiaSharp;

namespace Reports.Rendering.Fonts;

/// <summary>Registers the shipped faces with ScottPlot, once per process, before any chart is built.</summary>
internal static class ChartFonts
{
    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        // ScottPlot.Fonts.AddFontFile needs a path; our faces live in memory, so we add a resolver instead,
        // first in the list so it wins over the system resolver for our family names.
        ScottPlot.Fonts.FontResolvers.Insert(0, new ShippedFontResolver());
        ScottPlot.Fonts.Default = ReportFonts.SansName;
        return true;
    }

    private sealed class ShippedFontResolver : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            ReportFonts.Find(fontName)?.Face(bold ? FontWeight.Bold : FontWeight.Normal);

        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
            ReportFonts.Find(fontName)?.Face(weight >= ScottPlot.FontWeight.SemiBold ? FontWeight.Bold : FontWeight.Normal);
    }
}
