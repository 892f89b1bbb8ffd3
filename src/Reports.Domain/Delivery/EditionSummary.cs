using Reports.Domain.Narrative;

namespace Reports.Domain.Delivery;

/// <summary>
/// What every email of a day's report says before its per-reader parts: the report view's headline, standfirst,
/// notices, key figures and first paragraph, and the assets a reader can filter the figures by. Written by the email
/// composer from the report, or from the report's archived JSON edition, so an instance's first send needs no market
/// history (<see cref="Ports.IReportEmailComposer"/>).
/// </summary>
public sealed record EditionSummary(
    DateOnly Date,
    string Headline,
    string Standfirst,
    IReadOnlyList<string> Notices,
    IReadOnlyList<KeyFigure> KeyFigures,
    string? FirstParagraph,
    IReadOnlyList<string> AssetSymbols);
