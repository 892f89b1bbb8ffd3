using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Rendering.Layout;

namespace Reports.Rendering.Pdf;

/// <summary>Writes the report as an A4 PDF with vector charts. The same report always gives the same bytes.</summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    public string Format => "pdf";

    public string ContentType => "application/pdf";

    public byte[] Render(FlowReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new FlowReportDocument(View.ReportView.Build(report)).GeneratePdf();
    }
}
