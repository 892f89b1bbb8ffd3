using System.Text.RegularExpressions;
using Reports.Domain.Narrative;
using Reports.Rendering.Fonts;
using Reports.Rendering.Theme;
using Palette = Reports.Rendering.Theme.Palette;
using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>
/// Creates plots in the report's style and draws them: as vectors onto a PDF page canvas, or as inline SVG for the
/// HTML edition. ScottPlot is the only chart engine.
/// </summary>
internal static partial class ChartCanvas
{
    /// <summary>Fewer points than this make a line nobody can read: the chart becomes a one-line note.</summary>
    public const int MinimumPoints = 10;

    /// <summary>A plot with the shipped fonts, small print sizes and a white background.</summary>
    public static Plot NewPlot()
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        // A PDF canvas cannot be cleared: clearing would paint a full-page blend group over earlier content.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Font.Set(Typography.Chart.FontName);
        plot.Axes.Color(ToColor(Palette.Muted));
        plot.Grid.MajorLineColor = ToColor(Palette.Rule).WithAlpha(0.6);
        StyleAxis(plot.Axes.Bottom);
        StyleAxis(plot.Axes.Left);
        StyleAxis(plot.Axes.Right);
        return plot;
    }

    private static void StyleAxis(IAxis axis)
    {
        axis.TickLabelStyle.FontSize = Typography.Chart.Tick;
        axis.TickLabelStyle.FontName = Typography.Chart.FontName;
        axis.TickLabelStyle.ForeColor = ToColor(Palette.Muted);
        axis.Label.FontSize = Typography.Chart.AxisLabel;
        axis.Label.FontName = Typography.Chart.FontName;
        axis.Label.Bold = false;
        axis.Label.ForeColor = ToColor(Palette.Muted);
        axis.MajorTickStyle.Length = 3;
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>Renders <paramref name="plot"/> into a box of <paramref name="size"/> points at the canvas origin.</summary>
    public static void Draw(Plot plot, SKCanvas canvas, SKSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Render(canvas, (int)Math.Round(size.Width), (int)Math.Round(size.Height));
    }

    /// <summary>
    /// The plot as an inline SVG element that scales to its box: ScottPlot's fixed width and height become a viewBox,
    /// and the element gets an accessible name. Skia numbers clip paths from a process-wide counter; they are renamed
    /// <paramref name="idPrefix"/>-1, -2... so the same report gives the same page and ids stay unique within it.
    /// </summary>
    public static string Svg(Plot plot, float width, float height, string label, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.RenderManager.ClearCanvasBeforeEachRender = true;
        var (w, h) = ((int)Math.Round(width), (int)Math.Round(height));
        var svg = plot.GetSvgHtml(w, h);
        var open = SvgOpen().Match(svg);
        if (!open.Success)
        {
            throw new InvalidOperationException("ScottPlot returned SVG without an <svg> element.");
        }

        var attributes = $"<svg viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\">";
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = ClipId().Replace(svg[(open.Index + open.Length)..].Trim(), m =>
        {
            if (!ids.TryGetValue(m.Value, out var renamed))
            {
                renamed = $"{idPrefix}-{ids.Count + 1}";
                ids.Add(m.Value, renamed);
            }

            return renamed;
        });
        // Skia writes one x (and y) per glyph with a trailing separator; the first is enough for text drawn in the same
        // font, and keeps the attribute a valid number. Text content loses the indentation Skia puts around it.
        body = GlyphPositions().Replace(body, m => $"{m.Groups[1].Value}=\"{m.Groups[2].Value}\"");
        body = TextContent().Replace(body, m => $">{m.Groups[1].Value}</text>");
        return attributes + body;
    }

    [GeneratedRegex(@"\b(x|y)=""\s*([-0-9.e]+)[^""]*""")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex(@">\s*([^<]*?)\s*</text>")]
    private static partial Regex TextContent();

    [GeneratedRegex("<svg[^>]*>")]
    private static partial Regex SvgOpen();

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();

    /// <summary>Puts the x axis in dates, labelled "3 Feb".</summary>
    public static void UseDateAxis(Plot plot)
    {
        // This replaces the bottom axis, so it is styled again.
        var axis = plot.Axes.DateTimeTicksBottom();
        StyleAxis(axis);
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => Formats.ShortDate(DateOnly.FromDateTime(d));
        }
    }

    /// <summary>
    /// Fixes both axes so the chart never rescales on its own: the y range covers the data and every level, with a
    /// margin, and never collapses to a point (a flat line would repeat one tick label up the axis). The right axis,
    /// where level labels go, gets the same y range as the left.
    /// </summary>
    public static (double Min, double Max) SetLimits(Plot plot, double xMin, double xMax, IEnumerable<double> ys)
    {
        var values = ys.Where(double.IsFinite).ToArray();
        var (min, max) = values.Length == 0 ? (0d, 1d) : (values.Min(), values.Max());
        var span = max - min;
        var floor = Math.Max(Math.Abs(max) * 0.02, 1e-9);
        if (span < floor)
        {
            min -= floor;
            max += floor;
            span = max - min;
        }

        min -= span * 0.06;
        max += span * 0.06;
        plot.Axes.SetLimits(xMin, xMax, min, max);
        plot.Axes.Right.Min = min;
        plot.Axes.Right.Max = max;
        return (min, max);
    }

    /// <summary>
    /// Draws each level as a line across the plot and names it in the right-hand gutter, never inside the data. Labels
    /// are taken in the order given (most important first); one that would touch a label already placed is dropped,
    /// never stacked. Returns the levels whose labels were placed.
    /// </summary>
    /// <param name="plotHeight">The panel's height in points, to turn the label height into data units.</param>
    public static IReadOnlyList<ChartLevel> AddLevels(Plot plot, IReadOnlyList<ChartLevel> levels, (double Min, double Max) range, float plotHeight)
    {
        foreach (var level in levels)
        {
            var line = plot.Add.HorizontalLine(level.Value, 1f, ToColor(level.Color), level.Pattern);
            line.ExcludeFromLegend = true;
        }

        return NameInGutter(plot, levels, range, plotHeight);
    }

    /// <summary>Writes each name in the right-hand gutter at its value, dropping one that would touch a name already
    /// placed (or falls outside the range). Returns the names placed.</summary>
    public static IReadOnlyList<ChartLevel> NameInGutter(Plot plot, IReadOnlyList<ChartLevel> names, (double Min, double Max) range, float plotHeight)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var placed = new List<ChartLevel>();
        // The data area is the panel less the date axis and a little padding; a label needs its font height plus air.
        var dataHeight = Math.Max(plotHeight - 28, 20);
        var minimumGap = (range.Max - range.Min) * (Typography.Chart.LineLabel + 2.5) / dataHeight;
        foreach (var name in names)
        {
            if (name.Value < range.Min || name.Value > range.Max || placed.Any(p => Math.Abs(p.Value - name.Value) < minimumGap))
            {
                continue;
            }

            placed.Add(name);
            ticks.AddMajor(name.Value, name.Label);
        }

        plot.Axes.Right.TickGenerator = ticks;
        plot.Axes.Right.TickLabelStyle.ForeColor = ToColor(Palette.Ink);
        return placed;
    }

    public static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToOADate();

    public static double X(DateTimeOffset time) => time.UtcDateTime.ToOADate();

    public static Color ToColor(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}

/// <summary>A horizontal reference line and the name it gets in the gutter.</summary>
internal sealed record ChartLevel(double Value, string Label, SKColor Color, LinePattern Pattern);
