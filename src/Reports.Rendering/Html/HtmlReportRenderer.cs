using System.Text;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Rendering.Html.Parts;
using Reports.Rendering.View;

namespace Reports.Rendering.Html;

/// <summary>
/// Writes the <see cref="ReportView"/> as one self-contained HTML5 page, the same parts in the same order as the PDF:
/// inline CSS, inline SVG charts, no scripts and nothing fetched from elsewhere; the only addresses in it are the
/// report's own source links.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public byte[] Render(FlowReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = ReportView.Build(report);
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en"));
        WriteHead(html, view);
        html.Open("body");
        html.Open("main", ("class", "report"));
        html.Open("article");
        ReportHeader.Write(html, view);
        if (view.KeyFigures is { } keyFigures)
        {
            html.Open("section", ("class", "key-figures"));
            html.Element("h2", ReportView.KeyFiguresTitle);
            ViewTable.Write(html, keyFigures);
            html.Close("section");
        }

        var charts = 0;
        foreach (var part in view.Body)
        {
            Write(html, part, ref charts);
        }

        html.Open("section", ("class", "appendix"));
        foreach (var part in view.Appendix)
        {
            Write(html, part, ref charts);
        }

        html.Close("section");
        html.Open("footer");
        html.Element("p", "Flow Reports: every figure is computed from the sources listed above; the same figures are published as JSON alongside this page.");
        html.Close("footer");
        html.Close("article");
        html.Close("main");
        html.Close("body");
        html.Close("html");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString());
    }

    private static void Write(HtmlWriter html, ViewPart part, ref int charts)
    {
        switch (part)
        {
            case SectionPart s:
                ArticleBody.Write(html, s.Section);
                break;
            case HeadingPart h:
                html.Element(h.Sub ? "h3" : "h2", h.Title);
                break;
            case FigurePart f:
                ChartFigure.Write(html, f.Chart, ++charts);
                if (f.Table is { } table)
                {
                    ViewTable.Write(html, table);
                }

                break;
            case NotePart n:
                html.Open("div", ("class", n.Title.Length > 0 ? "note missing" : "note"));
                if (n.Title.Length > 0)
                {
                    html.Element("h3", n.Title);
                }

                html.Element("p", n.Text);
                html.Close("div");
                break;
            case TablePart t:
                ViewTable.Write(html, t.Table);
                break;
            case ListPart l:
                html.Element("h3", l.Title);
                html.Open("ul", ("class", "notes"));
                foreach (var item in l.Items)
                {
                    html.Element("li", item);
                }

                html.Close("ul");
                break;
            case AppendixStartPart:
                break;
            default:
                throw new InvalidOperationException($"No HTML view for {part.GetType().Name}.");
        }
    }

    /// <summary>Longer titles are cut by browser tabs and search results: a long headline ends at a word, with "…".</summary>
    internal static string Title(string headline, int max = 70)
    {
        if (headline.Length <= max)
        {
            return headline;
        }

        var cut = headline.LastIndexOf(' ', max - 1);
        return headline[..(cut > 0 ? cut : max - 1)].TrimEnd(' ', ':', ',', ';') + "…";
    }

    private static void WriteHead(HtmlWriter html, ReportView view)
    {
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Void("meta", ("name", "color-scheme"), ("content", "light dark"));
        html.Void("meta", ("name", "description"), ("content", view.Standfirst));
        html.Element("title", Title(view.Headline));
        html.Open("style").Trusted("\n" + ReportStylesheet.Css + "\n").Close("style");
        html.Close("head");
    }
}
