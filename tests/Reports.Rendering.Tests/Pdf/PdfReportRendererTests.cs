using Reports.Rendering.Charts;
using Reports.Rendering.Pdf;
using Reports.Rendering.View;
using UglyToad.PdfPig;

namespace Reports.Rendering.Tests.Pdf;

public class PdfReportRendererTests
{
    // Rendering takes a few hundred milliseconds cold; the fixture's PDF is shared by the read-only tests.
    private static readonly Lazy<byte[]> FixturePdf = new(() => new PdfReportRenderer().Render(PdfFixture.Report()));
    private static readonly Lazy<IReadOnlyList<string>> FixturePages = new(() => PdfText.Pages(FixturePdf.Value));

    private static string AllText => PdfText.Flatten(string.Join("\n", FixturePages.Value));

    [Fact]
    public void Declares_pdf_format()
    {
        var renderer = new PdfReportRenderer();
        Assert.Equal("pdf", renderer.Format);
        Assert.Equal("application/pdf", renderer.ContentType);
        Assert.Equal("%PDF-"u8.ToArray(), FixturePdf.Value.Take(5).ToArray());
    }

    [Fact]
    public void Pages_are_A4_portrait()
    {
        using var document = PdfDocument.Open(FixturePdf.Value);
        Assert.True(document.NumberOfPages >= 5, $"expected a multi-page report, got {document.NumberOfPages} pages");
        foreach (var page in document.GetPages())
        {
            Assert.Equal(595.28, page.Width, 0.5);
            Assert.Equal(841.89, page.Height, 0.5);
        }
    }

    [Fact]
    public void Text_holds_the_headline_standfirst_sections_and_key_figures()
    {
        var text = AllText;
        Assert.Contains(PdfFixture.Headline, text);
        Assert.Contains(PdfFixture.Standfirst, text);
        Assert.Contains("25 February 2026", text);
        Assert.Contains("FLOW REPORTS", text);
        foreach (var title in PdfFixture.SectionTitles.Append(ReportView.KeyFiguresTitle).Append(ReportView.AppendixTitle))
        {
            Assert.Contains(title, text);
        }

        Assert.Contains("Total crypto market cap $2.438 trillion −5.9% on the day", text);
        Assert.Contains("Drain since the swing high $473.4 billion", text);
    }

    [Fact]
    public void Key_figures_come_first_on_page_one()
    {
        var first = PdfText.Flatten(FixturePages.Value[0]);
        Assert.True(first.IndexOf(PdfFixture.Headline, StringComparison.Ordinal) < first.IndexOf("Key figures", StringComparison.Ordinal));
        Assert.Contains("$1.941 trillion", first);
    }

    [Fact]
    public void Every_page_is_numbered_page_n_of_total()
    {
        var pages = FixturePages.Value;
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", PdfText.Flatten(pages[i]));
        }
    }

    [Fact]
    public void Running_header_is_on_every_page_but_the_first()
    {
        const string header = "Flow Reports · 25 February 2026";
        var pages = FixturePages.Value.Select(PdfText.Flatten).ToArray();
        Assert.DoesNotContain(header, pages[0]);
        Assert.All(pages.Skip(1), page => Assert.StartsWith(header, page));
    }

    [Fact]
    public void Long_paragraph_continues_across_a_page_break()
    {
        var pages = FixturePages.Value.Select(PdfText.Flatten).ToArray();
        var start = Array.FindIndex(pages, p => p.Contains(PdfFixture.LongParagraphFirstWord + " unwound through the week", StringComparison.Ordinal));
        var end = Array.FindIndex(pages, p => p.Contains("positioning review ends. " + PdfFixture.LongParagraphLastWord, StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, $"paragraph starts on page {start + 1} and ends on page {end + 1}");
        // The continuation page opens with the paragraph (after the running header), not with a new heading.
        Assert.StartsWith("Flow Reports · 25 February 2026 ", pages[start + 1]);
        Assert.DoesNotContain(PdfFixture.SectionTitles[3], pages[start + 1].Split(' ').Take(12));
    }

    [Fact]
    public void Long_url_is_broken_over_lines_and_nothing_crosses_the_margins()
    {
        var joined = string.Concat(AllText.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(PdfFixture.LongUrl, joined);

        using var document = PdfDocument.Open(FixturePdf.Value);
        var margin = 18 * 72 / 25.4;
        foreach (var page in document.GetPages())
        {
            var outside = page.Letters.Where(l => l.BoundingBox.Right > page.Width - margin + 1 || l.BoundingBox.Left < margin - 1).ToArray();
            Assert.True(outside.Length == 0, $"page {page.Number}: '{string.Concat(outside.Select(l => l.Value))}' crosses a margin");
        }
    }

    [Fact]
    public void Sources_table_repeats_its_header_on_each_page_it_spans()
    {
        var pages = FixturePages.Value.Select(PdfText.Flatten).ToArray();
        var withRows = pages.Where(p => p.Contains("samples/4h/", StringComparison.Ordinal)).ToArray();
        Assert.True(withRows.Length >= 2, $"the sources table should span pages, found rows on {withRows.Length}");
        Assert.All(withRows, page => Assert.Contains("Input Origin Range Rows", page));
    }

    [Fact]
    public void Synthetic_inputs_are_flagged()
    {
        var text = AllText;
        Assert.Contains(ReportView.SyntheticNotice, text);
        Assert.Contains("Total market cap SYNTHETIC", text);
        Assert.Contains("XRP daily candles SYNTHETIC", text);
        Assert.DoesNotContain("BTC daily candles SYNTHETIC", text);
        Assert.Contains("Generated by the samples tool", text);
    }

    [Fact]
    public void Appendix_lists_every_asset_with_missing_values_as_na()
    {
        var text = AllText;
        Assert.Contains("BTC $66,675.12 −4.2% $65,980.00 −9.8% −24.1% 21 Nov 2025", text);
        Assert.Contains("SOL $92.41 −4.2% $88.10 n/a n/a", text);
        Assert.Contains("NEWCOIN n/a n/a n/a n/a n/a n/a", text);
        Assert.Contains("BTC $66.7 billion $48.3 billion −8.5% $800 million $90 million 27.4 −812.37 −0.18 ETH $2.2 billion", text); // CMF to two decimals, as in the prose and the HTML
        Assert.Contains("DOGE $0.0823", text);
        Assert.Contains("6 Feb low $74,120.50 6 Feb 2026 −10.0% closed below", text); // the BTC price ladder
        Assert.Contains("US 10y yield n/a n/a n/a n/a n/a n/a n/a (3 days)", text);
        Assert.Contains("Nasdaq 100 24 Feb 2026 20,112.35 −2.1% −4.4% 21,640.00 (10 Feb 2026) −7.1% 0.71 (21 days)", text);
        Assert.Contains("no 4h candles for DOGE", text);
        Assert.Contains("daily/DOGE.csv:17: duplicate day 2026-01-03 skipped", text);
    }

    [Fact]
    public void Lists_are_drawn_as_bullets()
    {
        Assert.Contains("• BTC: −9.8% on the week, −24.1% this year.", AllText);
        Assert.Contains("• A daily close back above $74,120.50 would reclaim the broken support.", AllText);
    }

    [Fact]
    public void Asset_without_4h_candles_gets_a_note_instead_of_a_panel()
    {
        Assert.Contains(ReportView.NotEnoughCandles("DOGE", 0), AllText);
        Assert.Contains("DOGE daily close", AllText);
        Assert.DoesNotContain("DOGE 4h RSI", AllText);
    }

    [Fact]
    public void The_market_chart_leads_the_flow_summary_and_asset_charts_follow_the_breakdown()
    {
        var text = AllText;
        var keyFigures = text.IndexOf("Key figures", StringComparison.Ordinal);
        var marketChart = text.IndexOf(ReportView.MarketCapTitle, keyFigures, StringComparison.Ordinal);
        var summary = text.IndexOf(PdfFixture.SectionTitles[0], marketChart, StringComparison.Ordinal);
        var breakdown = text.IndexOf(PdfFixture.SectionTitles[1], StringComparison.Ordinal);
        var assetCharts = text.IndexOf("BTC daily close", breakdown, StringComparison.Ordinal);
        var nextSection = text.IndexOf(PdfFixture.SectionTitles[2], StringComparison.Ordinal);
        Assert.True(keyFigures >= 0 && keyFigures < marketChart && marketChart < summary && summary < breakdown && breakdown < assetCharts && assetCharts < nextSection,
            $"key figures {keyFigures}, market chart {marketChart}, summary {summary}, breakdown {breakdown}, asset charts {assetCharts}, next section {nextSection}");
    }

    [Fact]
    public void Charts_are_vector_with_their_labels_as_text()
    {
        using var document = PdfDocument.Open(FixturePdf.Value);
        // Letters in drawing order keep rotated axis titles readable, which reading-order extraction does not.
        var letters = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains(MarketCapChart.AxisTitle, letters);
        Assert.Contains(PriceChart.AxisTitle("BTC"), letters);
        Assert.Contains(MomentumCharts.RsiAxisTitle("ETH"), letters);
        Assert.Contains(MomentumCharts.MacdAxisTitle("BTC"), letters);
        Assert.Contains("Swing high $2.911 trillion", letters);
        Assert.Contains("Cycle peak $4.379 trillion", letters);
        Assert.Contains("6 Feb low $74,120.50", letters);
        Assert.Contains("70 overbought", letters);
        Assert.Contains("30 oversold", letters);
        Assert.Contains("$3T", letters);
        Assert.Contains("18 Feb", letters);

        // Vector: no page carries a raster image.
        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
    }

    [Fact]
    public void Metadata_is_fixed_and_dated_by_the_report_day()
    {
        using var document = PdfDocument.Open(FixturePdf.Value);
        var info = document.Information;
        Assert.Equal(PdfFixture.Headline, info.Title);
        Assert.Equal("Flow Reports", info.Creator);
        Assert.Equal("Flow Reports PDF renderer (SkiaSharp)", info.Producer);
        Assert.StartsWith("D:20260225000000", info.CreationDate);
        Assert.StartsWith("D:20260225000000", info.ModifiedDate);
    }

    [Fact]
    public void Minimal_report_renders_one_page()
    {
        var pdf = new PdfReportRenderer().Render(PdfFixture.Minimal());
        var pages = PdfText.Pages(pdf).Select(PdfText.Flatten).ToArray();
        var text = string.Join(" ", pages);
        Assert.Contains("No data for 25 February 2026", text);
        Assert.Contains(ReportView.TooFewDays("Total market cap", 0), text);
        Assert.Contains("No asset figures for this day.", text);
        Assert.Contains("No sources were recorded for this report.", text);
        Assert.Contains($"Page {pages.Length} of {pages.Length}", pages[^1]);
        Assert.DoesNotContain(ReportView.SyntheticNotice, text);
    }

    [Fact]
    public void Charts_render_without_markers_supports_or_4h_data()
    {
        var report = PdfFixture.Report();
        var market = report.Analysis.Market with { SwingHigh = null, CyclePeak = null };
        var assets = report.Analysis.Assets.Select(a => a with { SupportLevels = [], Momentum = a.Momentum with { FourHourCandles = 0 } }).ToArray();
        var charts = report.Analysis.Charts with { Assets = report.Analysis.Charts.Assets.Select(c => c with { FourHour = [] }).ToArray() };
        var pdf = new PdfReportRenderer().Render(report with { Analysis = report.Analysis with { Market = market, Assets = assets, Charts = charts } });

        var text = PdfText.Flatten(string.Join("\n", PdfText.Pages(pdf)));
        Assert.Contains("No swing high or cycle peak to mark.", text);
        Assert.Contains("No support levels identified.", text);
        Assert.Contains(ReportView.NotEnoughCandles("BTC", 0), text);
        Assert.Contains(ReportView.NotEnoughCandles("ETH", 0), text);
        Assert.DoesNotContain("Swing high $", text);
    }
}
