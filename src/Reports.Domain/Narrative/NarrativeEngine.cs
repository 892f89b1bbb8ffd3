using Reports.Domain.Analysis;

namespace Reports.Domain.Narrative;

/// <summary>Writes the article from the figures. Deterministic: the same analysis always gives the same words.</summary>
public static class NarrativeEngine
{
    public static Article Write(FlowAnalysis analysis)
    {
        var regime = MarketRegimes.Classify(analysis.Market);
        var mentions = new Mentions();
        var bottomLine = BottomLineWriter.Write(analysis, mentions);
        return new Article(
            analysis.Date,
            HeadlineWriter.Headline(analysis, regime),
            HeadlineWriter.Standfirst(analysis, regime).Text,
            KeyFiguresWriter.Write(analysis),
            new[]
            {
                FlowSummaryWriter.Write(analysis, bottomLine, mentions),
                AttributionWriter.Write(analysis),
                AssetBreakdownWriter.Write(analysis, mentions),
                DivergenceWriter.Write(analysis),
                CatalystWriter.Write(analysis, mentions),
                MethodologyWriter.Write(analysis),
            }.OfType<ArticleSection>().ToList(),
            analysis.Sources)
        {
            BottomLine = bottomLine.Text,
        };
    }

    public static FlowReport Report(FlowAnalysis analysis) => new(analysis, Write(analysis));
}
