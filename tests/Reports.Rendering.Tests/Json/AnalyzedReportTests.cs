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
    public void A_recorded_watch_break_joins_the_support_call_and_its_figures_resolve_in_the_json()
    {
        var analysis = FlowAnalyzer.Analyze(SyntheticMarket.Selloff(), SyntheticMarket.Day);
        var support = new ScoredCall(CallKind.Support, "BTC", "30-day low", 70_000m, Outcome: false, Tested: true, null);
        var at = new DateTimeOffset(SyntheticMarket.Day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        var seen = new Reports.Domain.Watch.LevelBreak(support.Subject, Reports.Domain.Watch.WatchLevel.NearestSupport, support.Level!.Value, support.Level.Value - 100m, at, at.AddHours(1));
        var report = NarrativeEngine.Report(analysis with { YesterdaysCalls = YesterdaysCalls.WithBreaks([support], [seen]) });

        using var json = JsonDocument.Parse(new JsonReportRenderer().Render(report));
        var sentence = report.Article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Single(s => s.Text.Contains("the watch check saw", StringComparison.Ordinal));
        Assert.Contains("at 14:00 UTC; an alert went out at 15:00 UTC)", sentence.Text);
        Assert.All(sentence.Figures, f => Assert.NotEqual(JsonValueKind.Undefined, FigurePath.Resolve(json.RootElement, f.Path).ValueKind));
        var call = json.RootElement.GetProperty("yesterdaysCalls").EnumerateArray().Single(c => c.GetProperty("break").ValueKind == JsonValueKind.Object);
        Assert.Equal(support.Level.Value - 100m, call.GetProperty("break").GetProperty("price").GetDecimal());
        Assert.Equal(at, call.GetProperty("break").GetProperty("at").GetDateTimeOffset());
        Assert.Equal(at.AddHours(1), call.GetProperty("break").GetProperty("alertedAt").GetDateTimeOffset());
    }

    /// <summary>
    /// A support D−1 named by its day ("20 Dec low", in D−1's year) is named in D's sentence by D's rule: in a new
    /// year the year is written, as D's own levels write it; the day is a figure that resolves to the call's date.
    /// </summary>
    [Theory]
    [InlineData("2026-02-05", "2026-01-26", "26 Jan low", "26 Jan")]
    [InlineData("2026-01-01", "2025-12-20", "20 Dec low", "20 Dec 2025")]
    public void A_support_call_named_by_its_day_states_the_day_as_a_figure(string day, string set, string yesterdaysLabel, string named)
    {
        var analysis = FlowAnalyzer.Analyze(SyntheticMarket.Selloff(), SyntheticMarket.Day) with { Date = DateOnly.Parse(day) };
        var call = new ScoredCall(CallKind.Support, "BTC", yesterdaysLabel, 70_000m, Outcome: true, Tested: false, null) { Date = DateOnly.Parse(set), NamedByDate = true };
        var report = NarrativeEngine.Report(analysis with { YesterdaysCalls = [call] });

        using var json = JsonDocument.Parse(new JsonReportRenderer().Render(report));
        var sentence = report.Article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Single(s => s.Text.Contains("named yesterday", StringComparison.Ordinal));
        Assert.StartsWith($"BTC held the {named} low at ", sentence.Text);
        var date = Assert.Single(sentence.Figures, f => f.Path == "yesterdaysCalls[Support:BTC].date");
        Assert.Equal(named, date.Formatted);
        Assert.Equal(set, FigurePath.Resolve(json.RootElement, date.Path).GetString());
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
