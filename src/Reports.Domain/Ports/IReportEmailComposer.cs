using Reports.Domain.Delivery;

namespace Reports.Domain.Ports;

/// <summary>Writes one subscriber's email for a report edition (HTML, plain text, the PDF when they take it).
/// Composition is rendering, so it lives with the other editions in Reports.Rendering.</summary>
public interface IReportEmailComposer
{
    EmailMessage Compose(ReportEdition edition, Subscriber subscriber, ReportEmailSettings settings);
}
