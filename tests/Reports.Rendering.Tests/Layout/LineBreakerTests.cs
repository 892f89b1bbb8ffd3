using Reports.Rendering.Fonts;
using Reports.Rendering.Layout;
using SkiaSharp;

namespace Reports.Rendering.Tests.Layout;

public class LineBreakerTests
{
    private static readonly TextStyle Body = new(ReportFonts.Serif, 10, SKColors.Black);

    private static string[] Lines(string text, float width, TextStyle? style = null) =>
        LineBreaker.Break([new TextSpan(text, style ?? Body)], width).Select(LineText).ToArray();

    private static string LineText(TextLine line) => string.Concat(line.Runs.Select(r => r.Text));

    [Fact]
    public void Fills_lines_greedily_within_the_width()
    {
        const string text = "Total crypto market value fell to $2.438 trillion on the day";
        var width = TextShaper.Width(Body, "Total crypto market value fell") + 1;
        var lines = LineBreaker.Break([new TextSpan(text, Body)], width);

        Assert.Equal(["Total crypto market value fell", "to $2.438 trillion on the day"], lines.Select(LineText));
        Assert.All(lines, l => Assert.True(l.Width <= width, $"line of {l.Width} in {width}"));
        Assert.All(lines, l => Assert.Equal(13f, l.Height, 3)); // 10 pt at a line height of 1.3
    }

    [Fact]
    public void Never_starts_a_line_with_a_percent_sign()
    {
        // Room for "down −5.9" but not for the "%" after it: the number moves down with its sign.
        var width = TextShaper.Width(Body, "down −5.9") + 2;
        var lines = Lines("down −5.9 %", width);
        Assert.Equal(["down", "−5.9 %"], lines);
    }

    [Fact]
    public void Forced_line_breaks_and_blank_lines_are_kept()
    {
        var lines = LineBreaker.Break([new TextSpan("a\n\nb", Body)], 500);
        Assert.Equal(3, lines.Count);
        Assert.Empty(lines[1].Runs);
        Assert.Equal(lines[0].Height, lines[1].Height);
    }

    [Fact]
    public void Word_wider_than_the_line_is_cut_preferably_after_a_slash()
    {
        const string url = "https://example.org/aaaaaaaaaa/bbbbbbbbbbbbbbbbbbbb/cccccccccc";
        var width = TextShaper.Width(Body, "https://example.org/aaaaaaaaaa/bbbbbbbb");
        var lines = LineBreaker.Break([new TextSpan(url, Body)], width);

        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f));
        // The first cut falls right after "aaaaaaaaaa/", the last slash that fits; nothing is lost.
        Assert.Equal("https://example.org/aaaaaaaaaa/", LineText(lines[0]));
        Assert.Equal(url, string.Concat(lines.Select(LineText)));
        Assert.True(lines.Count >= 2);
    }

    [Fact]
    public void Spans_of_different_sizes_share_a_line_on_one_baseline()
    {
        var big = Body.WithSize(20);
        var lines = LineBreaker.Break([new TextSpan("small ", Body), new TextSpan("BIG", big)], 500);
        var line = Assert.Single(lines);
        Assert.Equal(26f, line.Height, 3);
        Assert.True(line.Baseline > TextShaper.Ascent(big.Typeface) * 20 - 0.01f);
        Assert.Equal(3, line.Runs.Count); // "small", the space, "BIG"
    }

    [Fact]
    public void Empty_text_has_no_lines()
    {
        Assert.Empty(LineBreaker.Break([new TextSpan("", Body)], 100));
        Assert.Empty(LineBreaker.Break([new TextSpan("   ", Body)], 100));
    }
}
