using Reports.Rendering.View;

namespace Reports.Rendering.Email;

/// <summary>What one subscriber's email says, taken from the <see cref="ReportView"/> (so it cannot drift from the
/// PDF and HTML editions), before it is written as HTML and as plain text.</summary>
/// <param name="KeyFigures">The view's key-figures table with only the subscriber's asset rows.</param>
internal sealed record ReportEmailContent(
    DateOnly Date,
    string Headline,
    string Standfirst,
    IReadOnlyList<string> Notices,
    TableView? KeyFigures,
    string? FirstParagraph,
    string ReportUrl,
    string? FeedUrl,
    string? UnsubscribeUrl,
    string? AttachmentName);
