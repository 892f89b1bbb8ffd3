using Reports.Rendering.Pdf;
using Reports.Rendering.View;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Reports.Rendering.Tests.Samples;

/// <summary>
/// What a reader sees on real days: no word drawn over another (chart labels included), and no page left more than
/// 30% blank except the last and the one before the appendix, which starts a page of its own.
/// </summary>
public sealed class PdfPageLayoutTests
{
    private const double MaxBlank = 0.30;

    [Theory]
    [MemberData(nameof(SampleReports.Days), MemberType = typeof(SampleReports))]
    public void No_two_words_overlap(string day)
    {
        using var document = PdfDocument.Open(new PdfReportRenderer().Render(SampleReports.For(day)));
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => w.Text.Trim().Length > 0).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                for (var j = i + 1; j < words.Length; j++)
                {
                    Assert.False(Overlap(words[i].BoundingBox, words[j].BoundingBox),
                        $"{day}, page {page.Number}: '{words[i].Text}' {Box(words[i].BoundingBox)} overlaps '{words[j].Text}' {Box(words[j].BoundingBox)}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleReports.Days), MemberType = typeof(SampleReports))]
    public void No_page_but_the_last_or_the_one_before_the_appendix_is_more_than_30_percent_blank(string day)
    {
        using var document = PdfDocument.Open(new PdfReportRenderer().Render(SampleReports.For(day)));
        var pages = document.GetPages().ToArray();
        var appendix = Array.FindIndex(pages, p => p.GetWords().Any(w => w.Text == "appendix") && string.Join(' ', p.GetWords().Select(w => w.Text)).Contains(ReportView.AppendixTitle, StringComparison.Ordinal));
        Assert.True(appendix > 0, "the appendix opens a page");
        for (var i = 0; i < pages.Length - 1; i++)
        {
            if (i == appendix - 1)
            {
                continue;
            }

            var blank = BlankShare(pages[i]);
            Assert.True(blank <= MaxBlank, $"{day}: page {i + 1} of {pages.Length} is {blank:P0} blank");
        }
    }

    [Theory]
    [MemberData(nameof(SampleReports.Days), MemberType = typeof(SampleReports))]
    public void A_lead_in_is_never_the_last_line_of_a_page(string day)
    {
        var report = SampleReports.For(day);
        // Paragraphs that introduce a list ("What drove the day:"): the page must not end between one and its list.
        var leadIns = report.Article.Sections.SelectMany(s => s.Paragraphs.Zip(s.Paragraphs.Skip(1)))
            .Where(pair => !pair.First.IsList && pair.Second.IsList).Select(pair => pair.First.Text).ToList();
        Assert.NotEmpty(leadIns);
        using var document = PdfDocument.Open(new PdfReportRenderer().Render(report));
        foreach (var page in document.GetPages().SkipLast(1))
        {
            var margin = 18 * 72 / 25.4;
            var body = page.GetWords().Where(w => w.BoundingBox.Bottom > margin + 14).ToArray();
            var lowest = body.Min(w => w.BoundingBox.Bottom);
            var lastLine = string.Join(' ', body.Where(w => w.BoundingBox.Bottom < lowest + 2).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            Assert.False(leadIns.Any(l => l.EndsWith(lastLine, StringComparison.Ordinal)), $"{day}, page {page.Number} ends on a lead-in: '{lastLine}'");
        }
    }

    [Fact]
    public void The_checks_themselves_see_an_overlap_and_a_blank_page()
    {
        Assert.True(Overlap(new PdfRectangle(0, 0, 10, 10), new PdfRectangle(5, 5, 15, 15)));
        Assert.False(Overlap(new PdfRectangle(0, 0, 10, 10), new PdfRectangle(10, 0, 20, 10))); // touching is fine
        Assert.False(Overlap(new PdfRectangle(0, 0, 10, 10), new PdfRectangle(0, 10.2, 10, 20)));
    }

    /// <summary>Boxes that share more than a sliver (glyph boxes of neighbouring lines may touch).</summary>
    private static bool Overlap(PdfRectangle a, PdfRectangle b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        return width > 0.5 && height > 0.5;
    }

    /// <summary>The share of the content area (between the running header and the footer) under the lowest word.</summary>
    private static double BlankShare(Page page)
    {
        var margin = 18 * 72 / 25.4;
        var words = page.GetWords().ToArray();
        var footer = words.Where(w => w.BoundingBox.Top < margin + 12).ToArray();
        var footerTop = footer.Length > 0 ? footer.Max(w => w.BoundingBox.Top) : margin;
        var body = words.Where(w => w.BoundingBox.Bottom > footerTop + 1).ToArray();
        var top = page.Height - margin;
        var lowest = body.Length > 0 ? body.Min(w => w.BoundingBox.Bottom) : top;
        return (lowest - footerTop) / (top - footerTop);
    }

    private static string Box(PdfRectangle r) => $"[{r.Left:0.#},{r.Bottom:0.#} {r.Right:0.#},{r.Top:0.#}]";
}
