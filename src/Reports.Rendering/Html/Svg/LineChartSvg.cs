using System.Globalization;

namespace Reports.Rendering.Html.Svg;

/// <summary>
/// Draws a <see cref="LineChart"/> as inline SVG: frame, gridlines at round values, first and last date, the series
/// as a polyline, each level as a dashed line. Styling is in presentation attributes so the drawing needs no stylesheet.
/// </summary>
internal static class LineChartSvg
{
    private const double Width = 640, Height = 220;
    private const double Left = 78, Right = 12, Top = 12, Bottom = 26;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
    private const double LabelLineHeight = 13; // 11px text plus a little air

    private const string SeriesColour = "#1f4e79";
    private const string AxisColour = "#999999";
    private const string GridColour = "#e6e6e6";
    private static readonly string[] LevelColours = ["#b03a2e", "#7d6608", "#6c3483", "#1e8449"];

    /// <summary>True when there is a line to draw (two or more points).</summary>
    public static bool CanDraw(LineChart chart) => chart.Series.Count >= 2;

    public static void Write(HtmlWriter html, LineChart chart)
    {
        if (!CanDraw(chart))
        {
            throw new ArgumentException("A line chart needs at least two points.", nameof(chart));
        }

        var scale = Scale.Fit(chart);
        html.Open("svg", ("viewBox", $"0 0 {Width} {Height}"), ("width", N(Width)), ("height", N(Height)), ("role", "img"), ("aria-label", chart.Title));
        html.Element("title", chart.Title);
        WriteValueGrid(html, chart, scale);
        WriteDateAxis(html, chart, scale);
        // Lines, then the series, then the labels on top: nothing runs through a label's white halo.
        for (var i = 0; i < chart.Levels.Count; i++)
        {
            WriteLevelLine(html, chart.Levels[i], scale, LevelColour(i));
        }

        WriteSeries(html, chart, scale);
        var labelYs = SpreadLabels([.. chart.Levels.Select(l => scale.Y(l.Value) - 4)]);
        for (var i = 0; i < chart.Levels.Count; i++)
        {
            WriteLevelLabel(html, chart, chart.Levels[i], labelYs[i], LevelColour(i));
        }

        html.Close("svg");
    }

    private static void WriteValueGrid(HtmlWriter html, LineChart chart, Scale scale)
    {
        html.Empty("rect", ("x", N(Left)), ("y", N(Top)), ("width", N(PlotWidth)), ("height", N(PlotHeight)), ("fill", "none"), ("stroke", AxisColour));
        foreach (var value in scale.Ticks())
        {
            var y = scale.Y(value);
            html.Empty("line", ("x1", N(Left)), ("y1", N(y)), ("x2", N(Left + PlotWidth)), ("y2", N(y)), ("stroke", GridColour));
            html.Element("text", chart.FormatValue(value), ("x", N(Left - 6)), ("y", N(y + 4)), ("text-anchor", "end"), ("font-size", "11"), ("fill", "#555555"));
        }
    }

    private static void WriteDateAxis(HtmlWriter html, LineChart chart, Scale scale)
    {
        var first = chart.Series[0].Date;
        var last = chart.Series[^1].Date;
        var y = N(Height - 8);
        html.Element("text", HtmlFormat.Date(first), ("x", N(scale.X(first))), ("y", y), ("text-anchor", "start"), ("font-size", "11"), ("fill", "#555555"));
        html.Element("text", HtmlFormat.Date(last), ("x", N(scale.X(last))), ("y", y), ("text-anchor", "end"), ("font-size", "11"), ("fill", "#555555"));
    }

    private static string LevelColour(int index) => LevelColours[index % LevelColours.Length];

    private static void WriteLevelLine(HtmlWriter html, ReferenceLine level, Scale scale, string colour)
    {
        var y = scale.Y(level.Value);
        html.Empty("line", ("x1", N(Left)), ("y1", N(y)), ("x2", N(Left + PlotWidth)), ("y2", N(y)),
            ("stroke", colour), ("stroke-width", "1"), ("stroke-dasharray", "5 4"));
    }

    // A white outline under the glyphs keeps the label legible where the series or another level crosses it.
    private static void WriteLevelLabel(HtmlWriter html, LineChart chart, ReferenceLine level, double labelY, string colour) =>
        html.Element("text", $"{level.Label} {chart.FormatValue(level.Value)}", ("x", N(Left + PlotWidth - 4)), ("y", N(labelY)),
            ("text-anchor", "end"), ("font-size", "11"), ("fill", colour), ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"));

    private static void WriteSeries(HtmlWriter html, LineChart chart, Scale scale)
    {
        var points = string.Join(" ", chart.Series.Select(p => $"{N(scale.X(p.Date))},{N(scale.Y(p.Value))}"));
        html.Empty("polyline", ("points", points), ("fill", "none"), ("stroke", SeriesColour), ("stroke-width", "1.6"), ("stroke-linejoin", "round"));
        var last = chart.Series[^1];
        html.Empty("circle", ("cx", N(scale.X(last.Date))), ("cy", N(scale.Y(last.Value))), ("r", "3"), ("fill", SeriesColour));
    }

    /// <summary>
    /// Label baselines for levels that may sit close together (three supports within 2 %): each stays as near its
    /// line as it can, in the same top-to-bottom order, one text line apart, inside the plot.
    /// </summary>
    private static double[] SpreadLabels(IReadOnlyList<double> wanted)
    {
        var order = Enumerable.Range(0, wanted.Count).OrderBy(i => wanted[i]).ToArray();
        var placed = wanted.ToArray();
        double top = Top + LabelLineHeight - 2, bottom = Top + PlotHeight - 3;
        for (var k = 0; k < order.Length; k++) // downwards: keep clear of the label above
        {
            var floor = k == 0 ? top : placed[order[k - 1]] + LabelLineHeight;
            placed[order[k]] = Math.Max(placed[order[k]], floor);
        }

        for (var k = order.Length - 1; k >= 0; k--) // upwards: pull back inside the plot, still clear of the one below
        {
            var ceiling = k == order.Length - 1 ? bottom : placed[order[k + 1]] - LabelLineHeight;
            placed[order[k]] = Math.Min(placed[order[k]], ceiling);
        }

        return placed;
    }

    // One decimal is finer than a printed pixel and keeps the file small and stable.
    private static string N(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Maps days and values to plot coordinates. The value range covers the series and every level, widened to
    /// round steps (1, 2, 2.5 or 5 × 10ⁿ) so gridlines fall on values a reader can name.
    /// </summary>
    private sealed record Scale(int FirstDay, int LastDay, decimal Low, decimal High, decimal Step)
    {
        private const int TargetGridSteps = 4;

        public static Scale Fit(LineChart chart)
        {
            var values = chart.Series.Select(p => p.Value).Concat(chart.Levels.Select(l => l.Value)).ToList();
            decimal min = values.Min(), max = values.Max();
            var step = RoundStep(max > min ? (max - min) / TargetGridSteps : Math.Max(Math.Abs(max) * 0.05m, 0.0001m));
            var low = Math.Floor(min / step) * step;
            var high = Math.Ceiling(max / step) * step;
            if (high == low)
            {
                high += step;
            }

            return new Scale(chart.Series[0].Date.DayNumber, chart.Series[^1].Date.DayNumber, low, high, step);
        }

        public IEnumerable<decimal> Ticks()
        {
            for (var value = Low; value <= High; value += Step)
            {
                yield return value;
            }
        }

        public double X(DateOnly date) =>
            Left + (LastDay == FirstDay ? 0 : PlotWidth * (date.DayNumber - FirstDay) / (LastDay - FirstDay));

        public double Y(decimal value) => Top + PlotHeight * (double)((High - value) / (High - Low));

        private static decimal RoundStep(decimal rough)
        {
            var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
            var fraction = rough / magnitude;
            var nice = fraction switch { <= 1m => 1m, <= 2m => 2m, <= 2.5m => 2.5m, <= 5m => 5m, _ => 10m };
            return nice * magnitude;
        }
    }
}
