using Reports.Domain.Archive;
using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>Writes one subscriber's email for a report edition (HTML, plain text, the PDF when they take it).
/// Composition is rendering, so it lives with the other editions in Reports.Rendering.</summary>
public interface IReportEmailComposer
{
    EmailMessage Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings);

    /// <summary>A weekly subscriber's digest: the week's headlines (<paramref name="week"/>, newest first) and <paramref name="latest"/> attached.</summary>
    EmailMessage ComposeDigest(ReportEdition latest, IReadOnlyList<EditionEntry> week, Subscriber subscriber, ReportEmailSettings settings);
}
