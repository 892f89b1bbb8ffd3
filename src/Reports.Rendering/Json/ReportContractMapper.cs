using Reports.Domain.Analysis;
using Reports.Domain.Market;
using Reports.Domain.Narrative;
using Reports.Rendering.Json.Contract;
using static Reports.Rendering.Json.ContractNumbers;

namespace Reports.Rendering.Json;

/// <summary>
/// Maps a finished report onto the public contract: flattening, unit rounding and enum translation happen here only.
/// Every field is passed by name, so two swapped figures of the same type cannot compile unnoticed.
/// </summary>
internal static class ReportContractMapper
{
    public static ReportDto Map(FlowReport report, string generator)
    {
        var analysis = report.Analysis;
        var article = report.Article;
        return new ReportDto(
            SchemaVersion: JsonReportRenderer.SchemaVersion,
            Generator: generator,
            Date: analysis.Date,
            Headline: article.Headline,
            Standfirst: article.Standfirst,
            BottomLine: article.BottomLine,
            Market: Map(analysis.Market),
            History: Map(analysis.History),
            Attribution: analysis.Attribution is { } attribution ? Map(attribution) : null,
            Assets: [.. analysis.Assets.Select(Map)],
            Divergences: [.. analysis.Divergences.Select(Map)],
            CrossMarkets: [.. analysis.CrossMarkets.Select(Map)],
            Catalysts: [.. analysis.Catalysts.Select(Map)],
            Watch: [.. analysis.Watch.Select(Map)],
            YesterdaysCalls: [.. analysis.YesterdaysCalls.Select(Map)],
            Events: [.. analysis.Events.Select(Map)],
            Sections: [.. article.Sections.Select(Map)],
            KeyFigures: [.. article.KeyFigures.Select(k => new KeyFigureDto(Label: k.Label, Value: k.Value, Note: k.Note))],
            Sources: [.. analysis.Sources.Select(Map)],
            Gaps: [.. analysis.Gaps],
            Warnings: [.. analysis.Warnings.Select(w => new WarningDto(Source: w.Source, Line: w.Line, Message: w.Message))]);
    }

    private static MarketDto Map(MarketFlow m) => new(
        TotalMarketCapUsd: m.TotalMarketCapUsd,
        PreviousMarketCapUsd: m.PreviousMarketCapUsd,
        DailyChangePct: Percent(m.DailyChangePct),
        DailyChangeUsd: m.DailyChangeUsd,
        SwingHighDate: m.SwingHigh?.Date,
        SwingHighUsd: m.SwingHigh?.Value,
        DrainUsd: m.DrainUsd,
        DrainPerDayUsd: m.DrainPerDayUsd,
        DrainDays: m.DrainDays,
        CyclePeakDate: m.CyclePeak?.Date,
        CyclePeakUsd: m.CyclePeak?.Value,
        LossFromPeakUsd: m.LossFromPeakUsd,
        LossFromPeakPct: Percent(m.LossFromPeakPct),
        TotalVolumeUsd: m.TotalVolumeUsd,
        VolumeRecord: m.VolumeRecord,
        PreviousVolumeRecordDate: m.PreviousVolumeRecord?.Date,
        PreviousVolumeRecordUsd: m.PreviousVolumeRecord?.Value,
        VolumeVsRecordPct: Percent(m.VolumeVsRecordPct),
        LiquidationsUsd: m.Liquidations?.TotalUsd,
        LongLiquidationsUsd: m.Liquidations?.LongUsd,
        ShortLiquidationsUsd: m.Liquidations?.ShortUsd,
        LiquidationsLongSharePct: Percent(m.Liquidations?.LongSharePct),
        LiquidationsShortSharePct: Percent(m.Liquidations?.ShortSharePct),
        LiquidationsRecord: m.Liquidations?.Record,
        PreviousLiquidationsRecordDate: m.Liquidations?.PreviousRecord?.Date,
        PreviousLiquidationsRecordUsd: m.Liquidations?.PreviousRecord?.Value,
        LiquidationAssets: [.. m.Liquidations?.Assets ?? []]);

    private static HistoryDto Map(MarketHistory h) => new(
        RecordsBegin: h.RecordsBegin,
        MarketCapRecord: h.MarketCapRecord,
        PreviousMarketCapRecordDate: h.PreviousMarketCapRecord?.Date,
        PreviousMarketCapRecordUsd: h.PreviousMarketCapRecord?.Value,
        DailyMoveRank: h.DailyMoveRank,
        DailyMoveDays: h.DailyMoveDays,
        LargerMoveSince: h.LargerMoveSince,
        LiquidationsBegin: h.LiquidationsBegin,
        LiquidationsRank: h.LiquidationsRank,
        LiquidationDays: h.LiquidationDays,
        LiquidationsMedianUsd: h.LiquidationsMedianUsd,
        VolumeRank: h.VolumeRank,
        VolumeDays: h.VolumeDays,
        MarketWeekChangePct: Percent(h.MarketWeekChangePct),
        SimilarDays: h.SimilarDays,
        SimilarDaysMedianWeekAfterPct: Percent(h.SimilarDaysMedianWeekAfterPct),
        Volumes: [.. h.Volumes.Select(v => new AssetVolumeDto(Symbol: v.Symbol, VolumeUsd: v.VolumeUsd, AverageUsd: v.AverageUsd, VsAveragePct: Percent(v.VsAveragePct)))]);

    private static AttributionDto Map(FlowAttribution a) => new(
        TopCoins: a.TopCoins,
        TotalMarketCapUsd: a.TotalMarketCapUsd,
        BtcMarketCapUsd: a.BtcMarketCapUsd,
        EthMarketCapUsd: a.EthMarketCapUsd,
        StablecoinSupplyUsd: a.StablecoinSupplyUsd,
        RestOfTopUsd: a.RestOfTopUsd,
        OutsideTopUsd: a.OutsideTopUsd,
        BtcDominancePct: Percent(a.BtcDominancePct),
        TrackedAssets: [.. a.TrackedAssets],
        Windows: [.. a.Windows.Select(Map)]);

    private static AttributionWindowDto Map(AttributionWindow w) => new(
        Name: ContractEnums.ToDto(w.Period),
        From: w.From,
        To: w.To,
        FromTotalUsd: w.FromTotalUsd,
        ToTotalUsd: w.ToTotalUsd,
        TotalChangeUsd: w.TotalChangeUsd,
        BtcUsd: w.BtcUsd,
        BtcSharePct: Percent(w.SharePct(w.BtcUsd)),
        EthUsd: w.EthUsd,
        EthSharePct: Percent(w.SharePct(w.EthUsd)),
        StablecoinsUsd: w.StablecoinsUsd,
        StablecoinsSharePct: Percent(w.SharePct(w.StablecoinsUsd)),
        RestOfTopUsd: w.RestOfTopUsd,
        RestOfTopSharePct: Percent(w.SharePct(w.RestOfTopUsd)),
        OutsideTopUsd: w.OutsideTopUsd,
        OutsideTopSharePct: Percent(w.SharePct(w.OutsideTopUsd)),
        FromBtcDominancePct: Percent(w.FromBtcDominancePct),
        ToBtcDominancePct: Percent(w.ToBtcDominancePct),
        BtcDominanceChangePp: Percent(w.BtcDominanceChangePp),
        FromStablecoinSupplyUsd: w.FromStablecoinSupplyUsd,
        ToStablecoinSupplyUsd: w.ToStablecoinSupplyUsd,
        StablecoinSupplyChangeUsd: w.StablecoinSupplyChangeUsd,
        TrackedAssetsUsd: w.TrackedAssetsUsd,
        TrackedAssetsSharePct: Percent(w.TrackedAssetsSharePct),
        FlightToQuality: w.FlightToQuality);

    private static AssetDto Map(AssetFlow a) => new(
        Symbol: a.Symbol,
        HasDailyData: a.HasDailyData,
        Open: a.Open,
        High: a.High,
        Low: a.Low,
        Close: a.Close,
        DailyChangePct: Percent(a.DailyChangePct),
        WeakestSinceDate: a.WeakestSinceDate,
        LowestOnRecord: a.LowestOnRecord,
        WeekChangePct: Percent(a.WeekChangePct),
        YtdChangePct: Percent(a.YtdChangePct),
        YtdBaseDate: a.YtdBase?.Date,
        YtdBaseClose: a.YtdBase?.Value,
        VolumeUsd: a.VolumeUsd,
        OpenInterestUsd: a.OpenInterestUsd,
        OpenInterestWeekChangePct: Percent(a.OpenInterestWeekChangePct),
        LongLiquidationsUsd: a.LongLiquidationsUsd,
        ShortLiquidationsUsd: a.ShortLiquidationsUsd,
        SupportLevels: [.. a.SupportLevels.Select(s => new SupportLevelDto(
            Label: s.Label, Price: s.Price, Date: s.Date, Broken: s.BrokenOnDay, ClosedBelow: s.ClosedBelow, DistancePct: Percent(s.DistancePct)))],
        FourHourCandles: a.Momentum.FourHourCandles,
        DailyCandles: a.Momentum.DailyCandles,
        Rsi4h: Indicator(a.Momentum.Rsi4h),
        RsiLow4h: Indicator(a.Momentum.RsiLow4h),
        Macd4h: Indicator(a.Momentum.Macd4h),
        MacdSignal4h: Indicator(a.Momentum.MacdSignal4h),
        MacdHistogram4h: Indicator(a.Momentum.MacdHistogram4h),
        PreviousMacdHistogram4h: Indicator(a.Momentum.PreviousMacdHistogram4h),
        CmfDaily: Indicator(a.Momentum.CmfDaily),
        MomentumReading: ContractEnums.ToDto(a.Momentum.Reading),
        MomentumReadingText: ReadingWords.Describe(a.Momentum));

    private static DivergenceDto Map(Divergence d) => new(
        Stronger: d.Stronger,
        Weaker: d.Weaker,
        WeekGapPct: Percent(d.WeekGapPct),
        YtdGapPct: Percent(d.YtdGapPct),
        RsiGap: Indicator(d.RsiGap),
        CmfGap: Indicator(d.CmfGap));

    private static CrossMarketDto Map(CrossMarketFlow c) => new(
        Name: c.Name,
        LastDate: c.LastDate,
        Close: c.Close,
        DailyChangePct: Percent(c.DailyChangePct),
        WeekChangePct: Percent(c.WeekChangePct),
        HighDate: c.WindowHigh?.Date,
        HighClose: c.WindowHigh?.Value,
        DropFromHighPct: Percent(c.DropFromHighPct),
        CorrelationWithBtc: Indicator(c.CorrelationWithBtc),
        CorrelationSamples: c.CorrelationSamples);

    private static CatalystDto Map(Catalyst c) => new(
        Kind: ContractEnums.ToDto(c.Kind),
        Subject: c.Subject,
        Value: CatalystValue(c.Kind, c.Value),
        Date: c.Date,
        Detail: c.Detail,
        SourceUrl: c.SourceUrl);

    // A catalyst's value is a percentage for some kinds only; those follow the rule for every percentage.
    // The others (USD, prices, a correlation already rounded by the analysis) pass through exactly.
    private static decimal? CatalystValue(CatalystKind kind, decimal? value) => kind switch
    {
        CatalystKind.CrossMarketSelloff or CatalystKind.CrossMarketRally
            or CatalystKind.FallingOpenInterest or CatalystKind.RisingOpenInterest => Percent(value),
        _ => value,
    };

    private static WatchItemDto Map(WatchItem w) => new(
        Kind: ContractEnums.ToDto(w.Kind),
        Subject: w.Subject,
        Level: w.Level,
        DistancePct: Percent(w.DistancePct),
        ExposureUsd: w.ExposureUsd,
        Detail: w.Detail,
        Date: w.Date);

    private static ScoredCallDto Map(ScoredCall c) => new(
        Kind: ContractEnums.ToDto(c.Kind),
        Subject: c.Subject,
        Label: c.Label,
        Level: c.Level,
        Date: c.Date,
        Outcome: c.Outcome,
        Tested: c.Tested,
        Reading: c.Reading is { } r ? ContractEnums.ToDto(r) : null,
        Break: c.Break is { } b ? new WatchBreakDto(b.Price, b.At, b.AlertedAt) : null);

    private static EventDto Map(MarketEvent e) => new(Date: e.Date, Kind: e.Kind, Text: e.Text, SourceUrl: e.SourceUrl);

    private static SectionDto Map(ArticleSection s) => new(
        Title: s.Title,
        Paragraphs: [.. s.Paragraphs.Select(p => new ParagraphDto(
            Text: p.Text,
            IsList: p.IsList,
            Sentences: [.. p.Sentences.Select(t => new SentenceDto(
                Text: t.Text,
                Figures: [.. t.Figures.Select(f => new FigureDto(Path: f.Path, Formatted: f.Formatted))],
                Rules: [.. t.Rules]))]))]);

    private static SourceDto Map(SourceInfo s) => new(
        Name: s.Name, Origin: s.Origin, From: s.From, To: s.To, Rows: s.Rows, Synthetic: s.Synthetic, Provenance: s.Provenance);
}
