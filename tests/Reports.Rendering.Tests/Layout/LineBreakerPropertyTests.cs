using Reports.Rendering.Fonts;
using Reports.Rendering.Layout;
using SkiaSharp;

namespace Reports.Rendering.Tests.Layout;

/// <summary>
/// Properties of the line breaker over many generated paragraphs (a fixed seed, so every run checks the same cases):
/// no line wider than its box, no character lost or added, the same lines for the same input.
/// </summary>
public sealed class LineBreakerPropertyTests
{
    private static readonly TextStyle Body = new(ReportFonts.Serif, 10, SKColors.Black);
    private static readonly TextStyle Bold = Body.Bold();
    private static readonly TextStyle Small = new(ReportFonts.Sans, 7.5f, SKColors.Gray);

    private static readonly string[] Pool =
    [
        "Bitcoin", "fell", "−5.9%", "$2.438 trillion", "to", "a", "the", "its", "(closed below)", "30-to-7-day", "low,", "RSI(14)", "25.5;",
        "open interest", "$66,675.12", "week:", "https://example.org/research/flows/2026/02/25/a-very-long-path-that-cannot-fit/index.html",
        "Chaikin", "distribution.", "—", "ETH/BTC", "+0.7%", "0.0823", "deleveraging", "supercalifragilisticexpialidociousness", "\n",
    ];

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_line_is_wider_than_its_box_no_character_is_lost_and_the_same_input_gives_the_same_lines(int seed)
    {
        var random = new Random(seed);
        for (var sample = 0; sample < 40; sample++)
        {
            var spans = Spans(random);
            var width = 30 + (float)random.NextDouble() * 420;
            var lines = LineBreaker.Break(spans, width);

            Assert.All(lines, line => Assert.True(line.Width <= width + 0.01f, $"seed {seed}/{sample}: a line of {line.Width:0.##} pt in a box of {width:0.##}: '{Text(line)}'"));
            var given = string.Concat(spans.Select(s => s.Text)).Where(c => !char.IsWhiteSpace(c));
            var laidOut = string.Concat(lines.Select(Text)).Where(c => !char.IsWhiteSpace(c));
            Assert.Equal(string.Concat(given), string.Concat(laidOut));

            var again = LineBreaker.Break(spans, width);
            Assert.Equal(lines.Select(Text), again.Select(Text));
            Assert.Equal(lines.Select(l => l.Width), again.Select(l => l.Width));
        }
    }

    private static List<TextSpan> Spans(Random random)
    {
        var spans = new List<TextSpan>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var words = Enumerable.Range(0, random.Next(1, 25)).Select(_ => Pool[random.Next(Pool.Length)]);
            var style = random.Next(4) switch { 0 => Bold, 1 => Small, _ => Body };
            spans.Add(new TextSpan(string.Join(' ', words) + (random.Next(2) == 0 ? " " : ""), style));
        }

        return spans;
    }

    private static string Text(TextLine line) => string.Concat(line.Runs.Select(r => r.Text));
}
