using System.Text.RegularExpressions;
using Reports.Domain.Analysis;
using Reports.Domain.Narrative;
using Reports.Domain.Tests.Analysis;
using static Reports.Domain.Tests.Analysis.Fixture;

namespace Reports.Domain.Tests.Narrative;

public partial class NarrativeTests
{
    private static Article Write(Reports.Domain.Market.MarketData data) => NarrativeEngine.Write(FlowAnalyzer.Analyze(data, D));

    private static string Section(Article a, string title) =>
        string.Join("\n", a.Sections.Single(s => s.Title == title).Paragraphs.Select(p => p.Text));

    [Fact]
    public void Selloff_day_reads_as_a_drain()
    {
        var a = Write(Data());

        Assert.Equal("Record $1 Billion Liquidations Knock 6.5% off Crypto", a.Headline); // a record outranks the drain
        Assert.Equal(
            [SectionTitles.FlowSummary, SectionTitles.AssetBreakdown, SectionTitles.Divergence, SectionTitles.CatalystsAndWatch, SectionTitles.Methodology],
            a.Sections.Select(s => s.Title));

        var summary = Section(a, SectionTitles.FlowSummary);
        Assert.Contains("Total crypto market capitalisation fell 6.5% on 10 January 2026 to $2.9 trillion, down $200 billion from $3.1 trillion a day earlier.", summary);
        Assert.Contains("$500 billion below the 30-day high of $3.4 trillion set on 20 December 2025: a drain of $23.8 billion a day over 21 days.", summary);
        Assert.Contains("the market has lost $700 billion (19.4%)", summary);
        // Three weeks of records: the peak is named by when records begin (spelt out once), not as a 365-day cycle peak.
        Assert.Contains("From the high since records here begin in December 2025,", summary);
        Assert.DoesNotContain("cycle peak", summary, StringComparison.Ordinal);
        Assert.Contains("Traded volume reached $160 billion, the highest on record (previous record $150 billion on 25 December 2025).", summary);
        Assert.Contains("Liquidations on BTC came to $1 billion, the largest day on record", summary);
        Assert.Contains("Longs took $800 million of it (80%), against $200 million of shorts: forced selling added to the fall, flushing out leveraged longs.", summary);

        var assets = Section(a, SectionTitles.AssetBreakdown);
        Assert.Contains("BTC closed at $88,000, down 4.3% on the day, after trading as low as $85,000: its weakest level since November 2025.", assets);
        Assert.Contains("It is down 7.4% over the week and down 2.2% year to date.", assets);
        Assert.Contains("Open interest outstanding is $50 billion, 25% higher than a week ago: fresh leverage is building.", assets);
        Assert.Contains("It broke and closed below its 7-day low of $91,000 from 9 January 2026, turning that support into resistance.", assets);
        Assert.Contains("The nearest support below is the 15 Nov 2025 low at $80,000; the close is 10% above it.", assets);
        Assert.Contains("ETH fell harder than BTC, down 10% at $2,700, after trading as low as $2,650: the lowest on record.", assets);

        var divergence = Section(a, SectionTitles.Divergence);
        Assert.Contains("ETH is deteriorating faster than BTC: −10.0% on the week against −7.4%, a gap of 2.6 percentage points.", divergence);

        var catalysts = Section(a, SectionTitles.CatalystsAndWatch);
        Assert.Contains("GOLD fell 5% over the week to 1,995.00, 5% below its 30-day high", catalysts); // a level, as in the tables: not every market is quoted in dollars
        Assert.Contains("BTC: the 15 Nov 2025 low at $80,000, with the close 10% above it; $50 billion of open interest is outstanding if it breaks.", catalysts);
    }

    [Fact]
    public void Rally_day_reads_as_a_rally()
    {
        var a = Write(Data(cap: d => d == D ? 3_500 * Billion : SelloffCap(d)));

        Assert.Equal("Record $1 Billion Liquidations as Crypto Rises 12.9%", a.Headline);
        Assert.StartsWith("Bottom line: an advance", a.BottomLine);
        var summary = Section(a, SectionTitles.FlowSummary);
        Assert.Contains("rose 12.9% on 10 January 2026 to $3.5 trillion, up $400 billion", summary);
        Assert.Contains("$100 billion above the previous 30-day high of $3.4 trillion from 20 December 2025: money is still arriving.", summary);
        Assert.DoesNotContain("drain", summary);
    }

    [Fact]
    public void A_big_up_day_inside_a_selloff_is_a_relief_rally()
    {
        // 3,000 bn after 2,800 bn the day before, still 11.8 % under the 3,400 bn swing high.
        var a = Write(Data(cap: d => d == D ? 3_000 * Billion : d == D.AddDays(-1) ? 2_800 * Billion : SelloffCap(d)));
        Assert.Equal("Record $1 Billion Liquidations as Crypto Rises 7.1%", a.Headline);
        Assert.StartsWith("Bottom line: a relief rally inside a larger drain; the cap is still $400 billion under its 30-day high.", a.BottomLine);
    }

    [Fact]
    public void Quiet_day_says_so()
    {
        var a = Write(Data(cap: d => d == D ? 3_010 * Billion : d == D.AddDays(-1) ? 3_000 * Billion : 3_020 * Billion));
        Assert.StartsWith("Bottom line: drift", a.BottomLine);
        Assert.Contains("rose 0.3% on 10 January 2026", Section(a, SectionTitles.FlowSummary));
    }

    [Fact]
    public void A_move_that_rounds_to_zero_reads_as_little_changed_not_as_a_zero_percent_rise()
    {
        var a = Write(Data(cap: d => d == D ? 3_000.4m * Billion : d == D.AddDays(-1) ? 3_000 * Billion : 3_020 * Billion));
        Assert.Contains("Total crypto market capitalisation was little changed on 10 January 2026 at $3 trillion", Section(a, SectionTitles.FlowSummary));
        Assert.Contains("little changed on the day", a.Standfirst);
        Assert.DoesNotMatch(@"(?<![\d.])0\.0%", a.Standfirst + Section(a, SectionTitles.FlowSummary));
    }

    [Fact]
    public void Missing_sources_are_stated_not_invented()
    {
        var a = Write(Data(withGlobal: false, withDerivatives: false));

        Assert.Equal("BTC Falls 4.3% to $88,000", a.Headline); // without the total, the lead asset's strong move leads
        var summary = Section(a, SectionTitles.FlowSummary);
        Assert.Contains("Total market capitalisation is not available for 10 January 2026", summary);
        Assert.Contains("Liquidation data was not available for the day", summary);
        Assert.Contains("No 4-hour candles are stored up to this day, so there is no 4h momentum reading for BTC.", Section(a, SectionTitles.AssetBreakdown));
        var methodology = Section(a, SectionTitles.Methodology);
        Assert.Contains("No total market cap data is stored.", methodology);
        Assert.Equal("n/a", a.KeyFigures.Single(k => k.Label == "Total market cap").Value);
    }

    [Fact]
    public void Same_figures_give_the_same_words()
    {
        Assert.Equal(Render(Write(Data())), Render(Write(Data())));
    }

    [Fact]
    public void Every_number_in_the_analysis_sections_is_backed_by_a_named_figure()
    {
        var a = Write(Data());
        var checkedSections = new[] { SectionTitles.FlowSummary, SectionTitles.AssetBreakdown, SectionTitles.Divergence };
        var sentences = a.Sections.Where(s => checkedSections.Contains(s.Title)).SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences).ToList();
        Assert.NotEmpty(sentences);
        foreach (var sentence in sentences)
        {
            var text = Vocabulary().Replace(sentence.Text, "");
            foreach (var figure in sentence.Figures.OrderByDescending(f => f.Formatted.Length)) text = text.Replace(figure.Formatted, ""); // "25 December 2025" before "December 2025"
            Assert.False(Number().IsMatch(text), $"Unbacked number in: {sentence.Text}");
        }
    }

    private static string Render(Article a) =>
        a.Headline + a.Standfirst + string.Join("|", a.KeyFigures) + string.Join("|", a.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text));

    /// <summary>Fixed vocabulary that contains digits but is not a figure: indicator names, window lengths.</summary>
    [GeneratedRegex(@"RSI\(14\)|MACD\(12,26,9\)|Money Flow\(20\)|4-hour|\d+-day|\d+-to-\d+-day|4h")]
    private static partial Regex Vocabulary();

    [GeneratedRegex(@"\d")]
    private static partial Regex Number();
}
