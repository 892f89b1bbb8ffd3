using Reports.Domain.Narrative;

using Reports.Domain.Delivery;

namespace Reports.Rendering.Email;

/// <summary>What one subscriber's email says, before it is written as HTML and as plain text.</summary>
public sealed record ReportEmailContent(
    DateOnly Date,
    string Headline,
    string Standfirst,
    IReadOnlyList<KeyFigure> KeyFigures,
    string? FirstParagraph,
    string ReportUrl,
    string? UnsubscribeUrl,
    string? AttachmentName);
