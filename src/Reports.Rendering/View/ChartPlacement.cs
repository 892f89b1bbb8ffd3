using Reports.Domain.Narrative;

namespace Reports.Rendering.View;

/// <summary>
/// Where the charts go among the body sections: the market-cap chart leads <see cref="SectionTitles.FlowSummary"/>
/// (drawn just above its text, so the lead chart sits on page 1 under the key figures instead of leaving a gap where
/// it would not fit below the text), the asset charts after <see cref="SectionTitles.AssetBreakdown"/>. The narrative
/// names its sections with those constants, so they are matched exactly. An article without them (a hand-built or
/// older one) still gets its charts: the market chart before the first section, the asset charts after the section
/// that follows it (or the same one when there is no other).
/// </summary>
internal sealed record ChartPlacement(int MarketChartBefore, int AssetChartsAfter)
{
    /// <summary>-1 means "no body sections: put the charts straight after the key figures".</summary>
    public static ChartPlacement For(IReadOnlyList<ArticleSection> body)
    {
        if (body.Count == 0)
        {
            return new ChartPlacement(-1, -1);
        }

        var market = IndexOf(body, SectionTitles.FlowSummary) ?? 0;
        var assets = IndexOf(body, SectionTitles.AssetBreakdown) ?? Math.Min(market + 1, body.Count - 1);
        return new ChartPlacement(market, assets);
    }

    private static int? IndexOf(IReadOnlyList<ArticleSection> sections, string title)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            if (string.Equals(sections[i].Title, title, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
