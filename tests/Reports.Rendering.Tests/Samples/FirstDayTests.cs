using Reports.Rendering.View;

namespace Reports.Rendering.Tests.Samples;

/// <summary>A deployment's first days: one point of history makes every low "the lowest" and every figure "usual".</summary>
public class FirstDayTests
{
    [Fact]
    public void The_first_day_claims_neither_a_record_low_nor_a_usual_range()
    {
        var report = SampleReports.For("2025-01-01");
        var view = ReportView.Build(report);
        var prices = view.Parts.OfType<TablePart>().Single(t => t.Table.Id == "asset-prices").Table;
        var weakest = prices.Columns.Select(c => c.Header).ToList().IndexOf("Weakest since");
        var sentences = report.Article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Select(s => s.Text).ToList();

        Assert.All(prices.Rows, row => Assert.Equal("n/a", row[weakest].Text));
        Assert.Contains("No catalyst can be named yet: with 1 day of records, the usual range of volume, liquidations and open interest is not known.", sentences);
        Assert.DoesNotContain(sentences, s => s.StartsWith("No single catalyst", StringComparison.Ordinal));
    }

    [Fact]
    public void The_second_day_calls_neither_its_volume_a_record_nor_its_high_a_cycle_peak()
    {
        // 2 January 2025 traded more than 1 January: two days of records make no record and no cycle.
        var report = SampleReports.For("2025-01-02");
        var figures = report.Article.KeyFigures;

        Assert.Null(Assert.Single(figures, f => f.Label == "Total volume").Note);
        Assert.Contains(figures, f => f.Label == "Loss from high on record");
        Assert.DoesNotContain(figures, f => f.Label == "Loss from cycle peak" || (f.Note ?? "").Contains("record", StringComparison.Ordinal));
    }
}
