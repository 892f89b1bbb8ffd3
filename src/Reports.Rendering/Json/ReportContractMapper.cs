using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Rendering.Json.Contract;
using static Reports.Rendering.Json.ContractNumbers;

namespace Reports.Rendering.Json;

/// <summary>Maps a finished report onto the public contract: flattening, unit rounding and enum translation happen here only.</summary>
internal static class ReportContractMapper
{
    public static ReportDto Map(FlowReport report, string generator)
    {
        var analysis = report.Analysis;
        var article = report.Article;
        return new ReportDto(
            JsonReportRenderer.SchemaVersion,
            generator,
            analysis.Date,
            article.Headline,
            article.Standfirst,
            Map(analysis.Market),
            [.. analysis.Assets.Select(Map)],
            [.. analysis.Divergences.Select(Map)],
            [.. analysis.CrossMarkets.Select(Map)],
            [.. analysis.Catalysts.Select(Map)],
            [.. analysis.Watch.Select(Map)],
            [.. analysis.Events.Select(Map)],
            [.. article.Sections.Select(Map)],
            [.. article.KeyFigures.Select(k => new KeyFigureDto(k.Label, k.Value, k.Note))],
            [.. analysis.Sources.Select(Map)],
            [.. analysis.Gaps],
            [.. analysis.Warnings.Select(w => new WarningDto(w.Source, w.Line, w.Message))]);
    }

    private static MarketDto Map(MarketFlow m) => new(
        m.TotalMarketCapUsd,
        m.PreviousMarketCapUsd,
        Percent(m.DailyChangePct),
        m.DailyChangeUsd,
        m.SwingHigh?.Date,
        m.SwingHigh?.Value,
        m.DrainUsd,
        m.DrainPerDayUsd,
        m.DrainDays,
        m.CyclePeak?.Date,
        m.CyclePeak?.Value,
        m.LossFromPeakUsd,
        Percent(m.LossFromPeakPct),
        m.TotalVolumeUsd,
        m.VolumeRecord,
        m.PreviousVolumeRecord?.Date,
        m.PreviousVolumeRecord?.Value,
        Percent(m.VolumeVsRecordPct),
        m.Liquidations?.TotalUsd,
        m.Liquidations?.LongUsd,
        m.Liquidations?.ShortUsd,
        Percent(m.Liquidations?.LongSharePct),
        Percent(m.Liquidations?.ShortSharePct),
        m.Liquidations?.Record,
        m.Liquidations?.PreviousRecord?.Date,
        m.Liquidations?.PreviousRecord?.Value,
        [.. m.Liquidations?.Assets ?? []]);

    private static AssetDto Map(AssetFlow a) => new(
        a.Symbol,
        a.HasDailyData,
        a.Open,
        a.High,
        a.Low,
        a.Close,
        Percent(a.DailyChangePct),
        a.WeakestSinceDate,
        a.LowestOnRecord,
        Percent(a.WeekChangePct),
        Percent(a.YtdChangePct),
        a.YtdBase?.Date,
        a.YtdBase?.Value,
        a.VolumeUsd,
        a.OpenInterestUsd,
        Percent(a.OpenInterestWeekChangePct),
        a.LongLiquidationsUsd,
        a.ShortLiquidationsUsd,
        [.. a.SupportLevels.Select(s => new SupportLevelDto(s.Label, s.Price, s.Date, s.BrokenOnDay, s.ClosedBelow, Percent(s.DistancePct)))],
        a.Momentum.FourHourCandles,
        a.Momentum.DailyCandles,
        Indicator(a.Momentum.Rsi4h),
        Indicator(a.Momentum.RsiLow4h),
        Indicator(a.Momentum.Macd4h),
        Indicator(a.Momentum.MacdSignal4h),
        Indicator(a.Momentum.MacdHistogram4h),
        Indicator(a.Momentum.PreviousMacdHistogram4h),
        Indicator(a.Momentum.CmfDaily),
        ContractEnums.ToDto(a.Momentum.Reading),
        ReadingWords.Describe(a.Momentum.Reading));

    private static DivergenceDto Map(Divergence d) =>
        new(d.Stronger, d.Weaker, Percent(d.WeekGapPct), Percent(d.YtdGapPct), Indicator(d.RsiGap), Indicator(d.CmfGap));

    private static CrossMarketDto Map(CrossMarketFlow c) => new(
        c.Name,
        c.LastDate,
        c.Close,
        Percent(c.DailyChangePct),
        Percent(c.WeekChangePct),
        c.WindowHigh?.Date,
        c.WindowHigh?.Value,
        Percent(c.DropFromHighPct),
        Indicator(c.CorrelationWithBtc),
        c.CorrelationSamples);

    private static CatalystDto Map(Catalyst c) =>
        new(ContractEnums.ToDto(c.Kind), c.Subject, CatalystValue(c.Kind, c.Value), c.Date, c.Detail, c.SourceUrl);

    // A catalyst's value is a percentage for some kinds only; those follow the rule for every percentage.
    // The others (USD, prices, a correlation already rounded by the analysis) pass through exactly.
    private static decimal? CatalystValue(CatalystKind kind, decimal? value) => kind switch
    {
        CatalystKind.CrossMarketSelloff or CatalystKind.CrossMarketRally
            or CatalystKind.FallingOpenInterest or CatalystKind.RisingOpenInterest => Percent(value),
        _ => value,
    };

    private static WatchItemDto Map(WatchItem w) =>
        new(ContractEnums.ToDto(w.Kind), w.Subject, w.Level, Percent(w.DistancePct), w.ExposureUsd, w.Detail, w.Date);

    private static EventDto Map(MarketEvent e) => new(e.Date, e.Kind, e.Text, e.SourceUrl);

    private static SectionDto Map(ArticleSection s) => new(
        s.Title,
        [.. s.Paragraphs.Select(p => new ParagraphDto(
            p.Text,
            p.IsList,
            [.. p.Sentences.Select(t => new SentenceDto(t.Text, [.. t.Figures.Select(f => new FigureDto(f.Path, f.Formatted))]))]))]);

    private static SourceDto Map(SourceInfo s) => new(s.Name, s.Origin, s.From, s.To, s.Rows, s.Synthetic, s.Provenance);
}
