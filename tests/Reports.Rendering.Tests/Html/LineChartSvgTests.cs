using System.Text.RegularExpressions;
using Reports.Domain.Analysis;
using Reports.Rendering.Html;
using Reports.Rendering.Html.Svg;

namespace Reports.Rendering.Tests.Html;

public sealed class LineChartSvgTests
{
    private static readonly DateOnly Day = new(2026, 2, 1);

    [Fact]
    public void Draws_each_point_and_level_inside_the_frame()
    {
        var chart = Chart([10m, 12m, 11m, 15m], new ReferenceLine("Support", 9m));
        var svg = Draw(chart);
        // Values 9..15 → round steps of 2 → axis 8..16; plot 78..628 wide, 12..194 tall.
        Assert.Contains("<polyline points=\"78,148.5 261.3,103 444.7,125.8 628,34.8\"", svg);
        Assert.Contains("<line x1=\"78\" y1=\"171.3\" x2=\"628\" y2=\"171.3\" stroke=\"#b03a2e\"", svg); // 9 on the 8..16 axis
        Assert.Contains(">Support $9</text>", svg);
        Assert.Equal(["$8", "$10", "$12", "$14", "$16"], Regex.Matches(svg, "fill=\"#555555\">(\\$[^<]*)<").Select(m => m.Groups[1].Value));
        Assert.Contains("<circle cx=\"628\" cy=\"34.8\"", svg); // marks the last close
    }

    [Fact]
    public void Labels_of_close_levels_are_spread_one_line_apart_in_their_order()
    {
        // Three supports within 1 % of each other, as on a real chart: their lines nearly touch.
        var svg = Draw(Chart([70_000m, 80_000m, 75_500m], new("7-day low", 75_300m), new("Prior low", 75_900m), new("30-to-7-day low", 75_000m)));
        var labels = Regex.Matches(svg, "<text x=\"624\" y=\"([0-9.]+)\"[^>]*>([^<]*)</text>")
            .ToDictionary(m => m.Groups[2].Value, m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(3, labels.Count);
        var top = labels["Prior low $75,900"];
        var middle = labels["7-day low $75,300"];
        var bottom = labels["30-to-7-day low $75,000"];
        Assert.True(middle - top >= 13 - 0.1, $"{top} / {middle}");
        Assert.True(bottom - middle >= 13 - 0.1, $"{middle} / {bottom}");
        Assert.All(labels.Values, y => Assert.InRange(y, 12, 194));
    }

    [Fact]
    public void Labels_at_the_bottom_edge_are_pulled_back_inside_the_plot()
    {
        var svg = Draw(Chart([10m, 20m], new("a", 10m), new("b", 10.01m), new("c", 10.02m)));
        var ys = Regex.Matches(svg, "<text x=\"624\" y=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(3, ys.Count);
        Assert.All(ys, y => Assert.InRange(y, 12, 194));
        Assert.True(ys[1] - ys[0] >= 12.9 && ys[2] - ys[1] >= 12.9);
    }

    [Fact]
    public void A_flat_series_still_gets_a_value_range()
    {
        var svg = Draw(Chart([5m, 5m, 5m]));
        var ys = Regex.Match(svg, "points=\"([^\"]*)\"").Groups[1].Value.Split(' ').Select(p => p.Split(',')[1]).Distinct();
        Assert.Single(ys);
        Assert.DoesNotContain("NaN", svg);
        Assert.DoesNotContain("Infinity", svg);
    }

    [Fact]
    public void Fewer_than_two_points_is_not_a_chart()
    {
        var chart = Chart([5m]);
        Assert.False(LineChartSvg.CanDraw(chart));
        Assert.Throws<ArgumentException>(() => LineChartSvg.Write(new HtmlWriter(), chart));
    }

    [Fact]
    public void Title_and_labels_are_encoded()
    {
        var chart = Chart([1m, 2m], new ReferenceLine("<b>low</b>", 1.5m)) with { Title = "A&B <chart>" };
        var svg = Draw(chart);
        Assert.Contains("aria-label=\"A&amp;B &lt;chart&gt;\"", svg);
        Assert.Contains("<title>A&amp;B &lt;chart&gt;</title>", svg);
        Assert.Contains(">&lt;b&gt;low&lt;/b&gt; $1.5</text>", svg);
    }

    private static LineChart Chart(decimal[] values, params ReferenceLine[] levels) =>
        new("Test", [.. values.Select((v, i) => new DatedValue(Day.AddDays(i), v))], levels, HtmlFormat.ShortPrice);

    private static string Draw(LineChart chart)
    {
        var html = new HtmlWriter();
        LineChartSvg.Write(html, chart);
        return html.ToString();
    }
}
