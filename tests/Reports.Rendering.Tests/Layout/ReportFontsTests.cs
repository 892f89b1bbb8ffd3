using Reports.Rendering.Fonts;
using SkiaSharp;

namespace Reports.Rendering.Tests.Layout;

public class ReportFontsTests
{
    // What reports write: ASCII, the minus sign, typographic punctuation, accented names, a few symbols. (DejaVu 2.37
    // has no bitcoin sign, and its serif no check marks.)
    private const string Needed = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~ ·×÷ −•–—‘’“”…‰€™ ← → ↑ ↓ ≈ ≠ ≤ ≥ ∞ ▲ ▼ ● áéíóúàèñüçøßÅŁŚŽ ΔΣαβσμ";

    public static TheoryData<string, bool> Faces => new() { { ReportFonts.SansName, false }, { ReportFonts.SansName, true }, { ReportFonts.SerifName, false }, { ReportFonts.SerifName, true } };

    [Theory]
    [MemberData(nameof(Faces))]
    public void Shipped_subsets_cover_the_characters_reports_use(string family, bool bold)
    {
        var face = ReportFonts.Find(family)!.Face(bold ? Rendering.Layout.FontWeight.Bold : Rendering.Layout.FontWeight.Normal);
        using var font = new SKFont(face, 10);
        var missing = Needed.Where(c => font.GetGlyph(c) == 0).ToArray();
        Assert.True(missing.Length == 0, $"{face.FamilyName} {(bold ? "bold" : "regular")} lacks '{new string(missing)}'");
    }

    [Fact]
    public void Faces_are_the_dejavu_families()
    {
        Assert.Equal("DejaVu Sans", ReportFonts.Sans.Regular.FamilyName);
        Assert.True(ReportFonts.Sans.Bold.IsBold);
        Assert.Equal("DejaVu Serif", ReportFonts.Serif.Regular.FamilyName);
        Assert.Null(ReportFonts.Find("Arial"));
    }

    [Fact]
    public void ScottPlot_resolves_our_names_to_the_same_typeface_objects()
    {
        // Same objects, so the PDF embeds each face once for page text and charts together.
        ChartFonts.EnsureRegistered();
        Assert.Same(ReportFonts.Sans.Regular, ScottPlot.Fonts.GetTypeface(ReportFonts.SansName, bold: false, italic: false));
        Assert.Same(ReportFonts.Sans.Bold, ScottPlot.Fonts.GetTypeface(ReportFonts.SansName, bold: true, italic: false));
        Assert.Same(ReportFonts.Serif.Regular, ScottPlot.Fonts.GetTypeface(ReportFonts.SerifName, bold: false, italic: false));
        Assert.Equal(ReportFonts.SansName, ScottPlot.Fonts.Default);
    }
}
