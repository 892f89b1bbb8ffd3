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
        // Above 1 January's cap, the only earlier day: one row names the gain over it, not a negative loss beside it.
        var above = Assert.Single(figures, f => f.Label.StartsWith("Above", StringComparison.Ordinal) || f.Label.StartsWith("Loss", StringComparison.Ordinal));
        Assert.Equal(("Above high on record", "$95.4 billion", "previous high $3.464 trillion on 1 Jan"), (above.Label, above.Value, above.Note));
        Assert.DoesNotContain(figures, f => f.Label.Contains("cycle peak", StringComparison.Ordinal) || (f.Note ?? "").Contains("record", StringComparison.Ordinal));
    }

    [Fact]
    public void A_support_is_an_n_day_low_only_over_n_stored_days()
    {
        // Records begin on 1 January 2025: the "7-day low" of 2 January would be 1 January's low alone.
        for (var day = new DateOnly(2025, 1, 2); day <= new DateOnly(2025, 1, 12); day = day.AddDays(1))
        {
            var stored = day.DayNumber - new DateOnly(2025, 1, 1).DayNumber;
            foreach (var level in SampleReports.For(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Analysis.Assets.SelectMany(a => a.SupportLevels))
            {
                if (level.Label.EndsWith("-day low", StringComparison.Ordinal))
                    Assert.True(int.Parse(level.Label.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture) <= stored, $"{day}: '{level.Label}' over {stored} stored days");
            }
        }

        Assert.Contains(SampleReports.For("2025-01-02").Analysis.Assets[0].SupportLevels, l => l.Label == "1 Jan low");
        Assert.Contains(SampleReports.For("2025-01-08").Analysis.Assets[0].SupportLevels, l => l.Label == "7-day low");
    }

    [Fact]
    public void Before_thirty_days_of_records_no_high_is_called_a_30_day_high()
    {
        // Records begin on 1 January 2025: the swing-high window holds every stored day until 31 January.
        static IEnumerable<string> Texts(string day)
        {
            var report = SampleReports.For(day);
            var view = ReportView.Build(report);
            return report.Article.Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).Select(s => s.Text)
                .Concat(report.Article.KeyFigures.Select(f => f.Label))
                .Concat([report.Article.Headline, report.Article.Standfirst])
                .Concat(view.Parts.OfType<FigurePart>().Select(f => f.Chart.Caption));
        }

        foreach (var day in new[] { "2025-01-02", "2025-01-06", "2025-01-17", "2025-01-30" })
            Assert.DoesNotContain(Texts(day), t => t.Contains("30-day high", StringComparison.Ordinal) || t.Contains("30-Day High", StringComparison.Ordinal));
        Assert.Contains(Texts("2025-01-02"), t => t.Contains("above the previous high on record", StringComparison.Ordinal));
        Assert.Contains(Texts("2025-02-10"), t => t.Contains("30-day high", StringComparison.Ordinal));
    }

    [Fact]
    public void Within_the_first_year_the_market_cap_chart_marks_the_high_on_record_not_a_cycle_peak()
    {
        // 10 February 2025: six weeks of records, so the top since 1 January is no cycle's peak.
        var view = ReportView.Build(SampleReports.For("2025-02-10"));
        var chart = view.Parts.OfType<FigurePart>().Single(f => f.Chart.Panels.Any(p => p.Kind == ChartKind.MarketCap)).Chart;

        // 17 January is also the 30-day high: one high, named once.
        Assert.Contains("Dashed: swing high, also the high on record ($3.811 trillion, 17 Jan 2025).", chart.Caption);
        Assert.DoesNotContain("cycle peak", chart.Caption, StringComparison.OrdinalIgnoreCase);
    }
}
