using System.Text;
using System.Text.Json;
using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Rendering.Html;
using Reports.Rendering.Json;
using Reports.Rendering.Tests.Html;

namespace Reports.Rendering.Tests.Json;

/// <summary>The renderers fed by the real analysis and narrative, not a hand-made report.</summary>
public sealed class AnalyzedReportTests
{
    private readonly FlowReport _report = NarrativeEngine.Report(FlowAnalyzer.Analyze(SyntheticMarket.Selloff(), SyntheticMarket.Day));

    [Fact]
    public void Every_figure_path_the_narrative_writes_resolves_in_the_json()
    {
        using var json = JsonDocument.Parse(new JsonReportRenderer().Render(_report));
        var paths = _report.Article.Sections
            .SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).SelectMany(s => s.Figures)
            .Select(f => f.Path).Distinct().ToList();

        var unresolved = paths.Where(p => FigurePath.Resolve(json.RootElement, p).ValueKind == JsonValueKind.Undefined).ToList();

        Assert.True(paths.Count >= 25, $"the narrative stated only {paths.Count} distinct figures");
        Assert.Empty(unresolved);
    }

    [Fact]
    public void The_analysis_fills_every_list_and_the_json_carries_it()
    {
        using var json = JsonDocument.Parse(new JsonReportRenderer().Render(_report));
        var root = json.RootElement;
        foreach (var list in new[] { "assets", "divergences", "crossMarkets", "catalysts", "watch", "events", "sections", "keyFigures", "sources", "warnings" })
        {
            Assert.True(root.GetProperty(list).GetArrayLength() > 0, $"{list} is empty");
        }

        Assert.Equal(_report.Article.Headline, root.GetProperty("headline").GetString());
        Assert.Equal(_report.Analysis.Market.DrainUsd, root.GetProperty("market").GetProperty("drainUsd").GetDecimal());
        Assert.Contains(root.GetProperty("watch").EnumerateArray(), w => w.GetProperty("kind").GetString() == "scheduledEvent"
            && w.GetProperty("date").GetString() == "2026-02-15");
    }

    [Fact]
    public void Html_of_the_analysed_report_is_whole_and_shows_every_section()
    {
        var html = RenderedHtml.Text(_report, "analysed");

        Assert.Empty(HtmlStructure.Problems(html));
        Assert.Contains($"<h1>{System.Net.WebUtility.HtmlEncode(_report.Article.Headline)}</h1>", html);
        Assert.All(_report.Article.Sections, s => Assert.Contains($"<h2>{System.Net.WebUtility.HtmlEncode(s.Title)}</h2>", html));
        Assert.Equal(2 * Reports.Rendering.View.ReportView.Build(_report).Charts.Sum(c => c.Panels.Count), HtmlStructure.Count(html, "svg"));
    }

    [Fact]
    public void Both_renderers_are_deterministic_on_analysed_reports()
    {
        var again = NarrativeEngine.Report(FlowAnalyzer.Analyze(SyntheticMarket.Selloff(), SyntheticMarket.Day));
        Assert.Equal(new JsonReportRenderer().Render(_report), new JsonReportRenderer().Render(again));
        Assert.Equal(new HtmlReportRenderer().Render(_report), new HtmlReportRenderer().Render(again));
    }
}
