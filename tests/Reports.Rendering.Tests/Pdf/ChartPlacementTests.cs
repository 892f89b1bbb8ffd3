using Reports.Domain.Narrative;
using Reports.Rendering.Pdf;
using Reports.Rendering.View;

namespace Reports.Rendering.Tests.Pdf;

public sealed class ChartPlacementTests
{
    [Fact]
    public void Charts_follow_the_narratives_own_sections()
    {
        var placement = ChartPlacement.For(Sections(
            SectionTitles.FlowSummary, SectionTitles.AssetBreakdown, SectionTitles.Divergence, SectionTitles.CatalystsAndWatch));
        Assert.Equal(new ChartPlacement(MarketChartBefore: 0, AssetChartsAfter: 1), placement);
    }

    [Fact]
    public void Sections_are_found_wherever_they_stand()
    {
        // A section whose title merely shares words with another ("Flow", "breakdown") does not capture a chart.
        var placement = ChartPlacement.For(Sections(
            "Flow summary of the week", SectionTitles.Divergence, SectionTitles.FlowSummary, "Sector breakdown", SectionTitles.AssetBreakdown));
        Assert.Equal(new ChartPlacement(2, 4), placement);
    }

    [Fact]
    public void Without_the_known_titles_the_charts_follow_the_first_sections()
    {
        Assert.Equal(new ChartPlacement(0, 1), ChartPlacement.For(Sections("The drain", "Bitcoin and ether", "What moved it")));
        Assert.Equal(new ChartPlacement(0, 0), ChartPlacement.For(Sections("Only one")));
        Assert.Equal(new ChartPlacement(2, 3), ChartPlacement.For(Sections("Intro", "Context", SectionTitles.FlowSummary, "More")));
        Assert.Equal(new ChartPlacement(0, 2), ChartPlacement.For(Sections("Intro", "Context", SectionTitles.AssetBreakdown)));
        Assert.Equal(new ChartPlacement(-1, -1), ChartPlacement.For([]));
    }

    private static ArticleSection[] Sections(params string[] titles) => [.. titles.Select(t => new ArticleSection(t, []))];
}
