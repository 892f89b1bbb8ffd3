using System.Text;
using Reports.Domain.Narrative;
using Reports.Rendering.Html;

namespace Reports.Rendering.Tests.Html;

/// <summary>Renders a report to HTML text; set DUMP_HTML=dir to also write it there for a look in a browser.</summary>
internal static class RenderedHtml
{
    public static string Text(FlowReport report, string name = "report")
    {
        var bytes = new HtmlReportRenderer().Render(report);
        if (Environment.GetEnvironmentVariable("DUMP_HTML") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name + ".html"), bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
