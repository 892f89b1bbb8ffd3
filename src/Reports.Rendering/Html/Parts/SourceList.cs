using System.Globalization;
using Reports.Domain.Market;
using Reports.Domain.Narrative;

namespace Reports.Rendering.Html.Parts;

/// <summary>Every input behind the report, with generated (synthetic) data marked where the reader cannot miss it.</summary>
internal static class SourceList
{
    public static void Write(HtmlWriter html, FlowReport report)
    {
        var sources = report.Analysis.Sources;
        if (sources.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "appendix sources"));
        html.Element("h2", "Sources");
        html.Open("ul");
        foreach (var source in sources)
        {
            WriteSource(html, source);
        }

        html.Close("ul");
        html.Close("section");
    }

    private static void WriteSource(HtmlWriter html, SourceInfo source)
    {
        html.Open("li", ("class", source.Synthetic ? "source synthetic-source" : "source"));
        html.Element("strong", source.Name);
        html.Text(" — ");
        SafeLink.Write(html, source.Origin, source.Origin);
        html.Text($" · {Coverage(source)} · {source.Rows.ToString("#,##0", CultureInfo.InvariantCulture)} rows");
        if (source.Provenance is { Length: > 0 } provenance)
        {
            html.Text($" · {provenance}");
        }

        if (source.Synthetic)
        {
            html.Element("span", "synthetic", ("class", "synthetic"), ("title", "Generated data, not observed market data"));
        }

        html.Close("li");
    }

    private static string Coverage(SourceInfo source) => (source.From, source.To) switch
    {
        (null, null) => "dates unknown",
        var (from, to) => $"{HtmlFormat.Date(from)} to {HtmlFormat.Date(to)}",
    };
}
