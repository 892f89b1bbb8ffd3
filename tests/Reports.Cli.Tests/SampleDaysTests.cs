using System.Text.Json;
using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Infrastructure.DataFolder;
using Reports.Rendering;

namespace Reports.Cli.Tests;

/// <summary>The pipeline must hold on any day, not just the one we looked at: every day of the bundled samples.</summary>
public class SampleDaysTests
{
    [Fact]
    public async Task Every_day_of_the_samples_gives_a_complete_report()
    {
        var data = await new DataFolderStore(SampleData.DefaultFolder()).LoadAsync(null, CancellationToken.None);
        var json = ReportRenderers.ForExtension("json")!;
        var pdf = ReportRenderers.ForExtension("pdf")!;
        var first = data.Global[0].Date;
        var days = 0;
        var headlines = new HashSet<string>();

        for (var day = first; day <= data.LastDay; day = day.AddDays(1), days++)
        {
            var report = NarrativeEngine.Report(FlowAnalyzer.Analyze(data, day));
            // "Where the money went" joins the five fixed sections once a window can be measured (from the second day).
            Assert.Equal(day == first ? 5 : 6, report.Article.Sections.Count);
            Assert.All(report.Article.Sections, s => Assert.NotEmpty(s.Paragraphs));
            using var parsed = JsonDocument.Parse(json.Render(report));
            Assert.Equal(day.ToString("yyyy-MM-dd"), parsed.RootElement.GetProperty("date").GetString());
            if (day.Day == 1) Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Render(report), 0, 5));
            headlines.Add(string.Join(' ', report.Article.Headline.Split(' ').Where(w => !w.StartsWith('$') && w is not ("Trillion" or "Billion" or "Million")).Take(2)));
        }

        Assert.True(days > 400, $"only {days} days");
        // Selloffs, pullbacks, rallies and quiet days all occur in the samples and each reads differently.
        Assert.Superset(new HashSet<string> { "Crypto's Drain:", "Crypto Sheds", "Crypto Breaks", "Crypto Holds" }, headlines);
    }
}
