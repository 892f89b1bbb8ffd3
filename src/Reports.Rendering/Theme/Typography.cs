using Reports.Rendering.Fonts;
using Reports.Rendering.Layout;

namespace Reports.Rendering.Theme;

/// <summary>Every text style of the report (the HTML takes its sizes as ratios of Body): serif for prose, sans for headings, tables, charts and page chrome.</summary>
internal static class Typography
{
    public static TextStyle Masthead => new(ReportFonts.Sans, 9, Palette.Accent, FontWeight.Bold);
    public static TextStyle Headline => new(ReportFonts.Sans, 22, Palette.Ink, FontWeight.Bold, 1.15f);
    public static TextStyle Standfirst => new(ReportFonts.Serif, 12.5f, Palette.Muted, LineHeight: 1.35f);
    public static TextStyle Dateline => new(ReportFonts.Sans, 9, Palette.Muted);
    public static TextStyle SectionHeading => new(ReportFonts.Sans, 13.5f, Palette.Ink, FontWeight.Bold, 1.2f);
    public static TextStyle SubHeading => new(ReportFonts.Sans, 10.5f, Palette.Ink, FontWeight.Bold, 1.2f);
    public static TextStyle Body => new(ReportFonts.Serif, 10, Palette.Ink, LineHeight: 1.45f);
    public static TextStyle Caption => new(ReportFonts.Sans, 8, Palette.Muted, LineHeight: 1.3f);
    public static TextStyle TableHeader => new(ReportFonts.Sans, 7.5f, Palette.Ink, FontWeight.Bold, 1.25f);
    public static TextStyle TableCell => new(ReportFonts.Sans, 7.5f, Palette.Ink, LineHeight: 1.25f);
    public static TextStyle KeyFigureValue => new(ReportFonts.Sans, 9, Palette.Ink, FontWeight.Bold, 1.25f);
    public static TextStyle KeyFigureLabel => new(ReportFonts.Sans, 8.5f, Palette.Ink, LineHeight: 1.25f);
    public static TextStyle PageChrome => new(ReportFonts.Sans, 7.5f, Palette.Faint);
    public static TextStyle Flag => new(ReportFonts.Sans, 7.5f, Palette.Warning, FontWeight.Bold, 1.25f);

    /// <summary>Chart text, in ScottPlot's units (PDF points here): ticks, axis labels, line labels, titles.</summary>
    public static class Chart
    {
        public const string FontName = ReportFonts.SansName;
        public const float Tick = 7f;
        public const float AxisLabel = 7.5f;
        public const float LineLabel = 7f;
        public const float Title = 9f;
    }
}
