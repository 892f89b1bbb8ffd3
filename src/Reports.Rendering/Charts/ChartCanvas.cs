using Reports.Rendering.Fonts;
using Reports.Rendering.Theme;
using Palette = Reports.Rendering.Theme.Palette;
using ScottPlot;
using SkiaSharp;

namespace Reports.Rendering.Charts;

/// <summary>Creates plots in the report's style and draws them as vectors onto a page canvas.</summary>
public static class ChartCanvas
{
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

    /// <summary>Puts the x axis in dates, labelled "3 Feb".</summary>
    public static void UseDateAxis(Plot plot)
    {
        // This replaces the bottom axis, so it is styled again.
        var axis = plot.Axes.DateTimeTicksBottom();
        StyleAxis(axis);
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A horizontal marker line with its label written just above it at the right end.</summary>
    public static void AddMarker(Plot plot, double y, double labelX, string label, SKColor color, LinePattern pattern)
    {
        var line = plot.Add.HorizontalLine(y, 1f, ToColor(color), pattern);
        line.ExcludeFromLegend = true;
        var text = plot.Add.Text(label, labelX, y);
        text.Alignment = Alignment.LowerRight;
        text.LabelFontSize = Typography.Chart.LineLabel;
        text.LabelFontColor = ToColor(color);
        text.LabelFontName = Typography.Chart.FontName;
        text.LabelBackgroundColor = Colors.White;
        text.OffsetY = -1.5f;
    }

    public static double X(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToOADate();

    public static double X(DateTimeOffset time) => time.UtcDateTime.ToOADate();

    public static Color ToColor(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
