using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Reports.Rendering.Html;
using Reports.Rendering.Pdf;
using Reports.Rendering.Tests.Pdf;
using Reports.Rendering.View;

namespace Reports.Rendering.Tests.Samples;

/// <summary>The PDF and the HTML of one report carry the same tables, figures, charts and notices, in the same order.</summary>
public sealed class EditionParityTests
{
    private const string Day = "2026-02-05";
    private static readonly Lazy<(string Html, IReadOnlyList<string> PdfPages)> Editions = new(() =>
    {
        var report = SampleReports.For(Day);
        var html = Encoding.UTF8.GetString(new HtmlReportRenderer().Render(report));
        return (html, PdfText.Pages(new PdfReportRenderer().Render(report)).Select(PdfText.Flatten).ToArray());
    });

    [Fact]
    public void Every_table_header_and_cell_of_the_html_is_in_the_pdf()
    {
        var (html, pages) = Editions.Value;
        var pdfWords = pages.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var tables = Regex.Matches(html, "<table.*?</table>", RegexOptions.Singleline).Select(m => m.Value).ToArray();
        Assert.True(tables.Length >= 5, $"only {tables.Length} tables");
        var cells = tables.SelectMany(t => Regex.Matches(t, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline).Select(m => Text(m.Groups[1].Value))).ToArray();
        Assert.True(cells.Length > 100, $"only {cells.Length} cells");
        var missing = cells.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !pdfWords.Contains(w)).Distinct().ToArray();
        Assert.True(missing.Length == 0, "in the HTML tables but not in the PDF: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Both_editions_show_the_same_charts_and_notes_in_the_same_order()
    {
        var (html, pages) = Editions.Value;
        var pdf = string.Join(' ', pages);
        var view = ReportView.Build(SampleReports.For(Day));
        var titles = view.Parts.Select(p => p switch { FigurePart f => f.Chart.Title, NotePart { Title.Length: > 0 } n => n.Title, _ => null })
            .OfType<string>().ToArray();
        Assert.Contains(titles, t => t.EndsWith("4h momentum", StringComparison.Ordinal));
        Assert.Contains(ReportView.MarketCapTitle, titles);
        AssertInOrder(html, titles.Select(t => $"<h3>{WebUtility.HtmlEncode(t)}</h3>"));
        AssertInOrder(pdf, titles);
        Assert.Equal(2 * view.Charts.Sum(c => c.Panels.Count), Regex.Matches(html, "<svg ").Count); // wide and narrow
    }

    [Fact]
    public void Both_editions_show_the_article_sections_in_order_and_the_synthetic_notice_first()
    {
        var (html, pages) = Editions.Value;
        var report = SampleReports.For(Day);
        var sections = report.Article.Sections.Select(s => s.Title).ToArray();
        AssertInOrder(html, sections.Select(t => $"<h2>{WebUtility.HtmlEncode(t)}</h2>"));
        AssertInOrder(string.Join(' ', pages), sections);
        Assert.Contains(ReportView.SyntheticNotice, pages[0]);
        Assert.True(html.IndexOf(WebUtility.HtmlEncode(ReportView.SyntheticNotice), StringComparison.Ordinal) < html.IndexOf("<h2>", StringComparison.Ordinal));
    }

    private static void AssertInOrder(string text, IEnumerable<string> items)
    {
        var at = 0;
        foreach (var item in items)
        {
            var next = text.IndexOf(item, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{item}' missing or out of order");
            at = next + item.Length;
        }
    }

    private static string Text(string cellHtml) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(cellHtml, "<span class=\"detail\">", " "), "<[^>]+>", "")).Trim();
}
