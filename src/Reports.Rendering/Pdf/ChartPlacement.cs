using Reports.Domain.Narrative;

namespace Reports.Rendering.Pdf;

/// <summary>
/// Where the charts go among the body sections: the market-cap chart after the flow summary, the asset charts
/// after the asset breakdown. Sections are found by title words; without a match the market chart follows the
/// first section and the asset charts the section after it (or the same one when there is only one).
/// </summary>
internal sealed record ChartPlacement(int MarketChartAfter, int AssetChartsAfter)
{
    private static readonly string[] SummaryWords = ["summary", "flow", "drain"];
    private static readonly string[] AssetWords = ["asset", "breakdown", "bitcoin", "ether"];

    /// <summary>-1 means "no body sections: put the charts straight after the key figures".</summary>
    public static ChartPlacement For(IReadOnlyList<ArticleSection> body)
    {
        if (body.Count == 0)
        {
            return new ChartPlacement(-1, -1);
        }

        var market = Find(body, SummaryWords, from: 0) ?? 0;
        var assets = Find(body, AssetWords, from: market) ?? Math.Min(market + 1, body.Count - 1);
        return new ChartPlacement(market, assets);
    }

    private static int? Find(IReadOnlyList<ArticleSection> sections, string[] words, int from)
    {
        for (var i = from; i < sections.Count; i++)
        {
            if (words.Any(w => sections[i].Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return null;
    }
}
