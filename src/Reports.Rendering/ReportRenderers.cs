using Reports.Domain.Ports;
using Reports.Rendering.Html;
using Reports.Rendering.Json;
using Reports.Rendering.Pdf;

namespace Reports.Rendering;

/// <summary>Every output format the product writes, looked up by file extension or format name.</summary>
public static class ReportRenderers
{
    public static IReadOnlyList<IReportRenderer> All { get; } = [new PdfReportRenderer(), new HtmlReportRenderer(), new JsonReportRenderer()];

    /// <summary>The renderer for ".pdf", "pdf", ".HTML"...; null when the format is unknown.</summary>
    public static IReportRenderer? ForExtension(string extensionOrFormat)
    {
        var format = extensionOrFormat.TrimStart('.');
        return All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
    }
}
