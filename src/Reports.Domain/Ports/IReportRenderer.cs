using Reports.Domain.Narrative;

namespace Reports.Domain.Ports;

/// <summary>Turns a finished report into one output format's bytes. Same report in, same bytes out.</summary>
public interface IReportRenderer
{
    /// <summary>File extension without the dot: "pdf", "html", "json".</summary>
    string Format { get; }

    string ContentType { get; }

    byte[] Render(FlowReport report);
}
