using Reports.Domain.Archive;
using Reports.Domain.Delivery;
using Reports.Domain.Narrative;

namespace Reports.Domain.Ports;

/// <summary>Writes one subscriber's email for a report edition (HTML, plain text, the PDF when they take it).
/// Composition is rendering, so it lives with the other editions in Reports.Rendering.</summary>
public interface IReportEmailComposer
{
    EmailMessage Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings);

    /// <summary>What every email of <paramref name="report"/> says.</summary>
    EditionSummary Summarise(FlowReport report);

    /// <summary>The same from the report's JSON edition as the archive keeps it: no market history needed. Null when
    /// the bytes are not a readable JSON edition.</summary>
    EditionSummary? Summarise(byte[] archivedJson);

    /// <summary>A weekly subscriber's digest: the week's headlines (<paramref name="week"/>, newest first) and <paramref name="latest"/> attached.</summary>
    EmailMessage ComposeDigest(ReportEdition latest, IReadOnlyList<EditionEntry> week, Subscriber subscriber, ReportEmailSettings settings);
}
