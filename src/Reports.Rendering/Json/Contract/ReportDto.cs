namespace Reports.Rendering.Json.Contract;

/// <summary>Root of the public JSON report (docs/report-json.md). Field order is the serialised order.</summary>
/// <param name="SchemaVersion">"1.x": additive changes keep the major version; removing or renaming a field bumps it.</param>
/// <param name="Generator">Which program wrote the file.</param>
public sealed record ReportDto(
    string SchemaVersion,
    string Generator,
    DateOnly Date,
    string Headline,
    string Standfirst,
    string BottomLine,
    MarketDto Market,
    HistoryDto History,
    AttributionDto? Attribution,
    IReadOnlyList<AssetDto> Assets,
    IReadOnlyList<DivergenceDto> Divergences,
    IReadOnlyList<CrossMarketDto> CrossMarkets,
    IReadOnlyList<CatalystDto> Catalysts,
    IReadOnlyList<WatchItemDto> Watch,
    IReadOnlyList<ScoredCallDto> YesterdaysCalls,
    IReadOnlyList<EventDto> Events,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<KeyFigureDto> KeyFigures,
    IReadOnlyList<SourceDto> Sources,
    IReadOnlyList<string> Gaps,
    IReadOnlyList<WarningDto> Warnings);
