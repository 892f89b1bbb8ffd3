using System.Text.Json;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;

namespace Reports.Rendering.Json;

/// <summary>Writes the report as the public JSON contract described in docs/report-json.md.</summary>
/// <param name="generator">Written to <c>generator</c>; a fixed string by default so output does not vary by build.</param>
public sealed class JsonReportRenderer(string generator = JsonReportRenderer.DefaultGenerator) : IReportRenderer
{
    /// <summary>Major changes on removal, rename or change of meaning; minor on additions.</summary>
    public const string SchemaVersion = "1.6";

    public const string DefaultGenerator = "Flow Reports";

    public string Format => "json";

    public string ContentType => "application/json";

    public byte[] Render(FlowReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = ReportContractMapper.Map(report, generator);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, ReportJsonOptions.Report);
        return [.. json, (byte)'\n']; // POSIX text file: ends in a newline, diffs cleanly
    }
}
