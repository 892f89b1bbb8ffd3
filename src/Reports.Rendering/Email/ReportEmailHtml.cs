using System.Net;
using System.Text;
using Reports.Rendering.Theme;
using Reports.Rendering.View;

namespace Reports.Rendering.Email;

/// <summary>
/// The HTML part. Mail clients ignore style sheets and much CSS, so it is one narrow column with inline
/// styles, and every piece of text is HTML-encoded.
/// </summary>
internal static class ReportEmailHtml
{
    internal const string Font = "font-family:Helvetica,Arial,sans-serif;";

    // The report's palette (Theme/Palette), inline because mail clients drop style sheets; the digest and the watch
    // alert use the same values.
    internal static readonly string Ink = Palette.Hex(Palette.Ink), Muted = Palette.Hex(Palette.Muted), Faint = Palette.Hex(Palette.Faint),
        Rule = Palette.Hex(Palette.Rule), Accent = Palette.Hex(Palette.Accent), Warning = Palette.Hex(Palette.Warning);

    public static string Write(ReportEmailContent c)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(c.Headline)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:16px;background:#ffffff;color:" + Ink + ";").Append(Font).Append("\">\n")
            .Append("<div style=\"max-width:640px;margin:0 auto;\">\n")
            .Append("<p style=\"margin:0 0 4px;color:" + Muted + ";font-size:13px;\">Flow Report &middot; ").Append(E(Reports.Domain.Narrative.Formats.Date(c.Date))).Append("</p>\n")
            .Append("<h1 style=\"margin:0 0 8px;font-size:22px;line-height:1.25;\">").Append(E(c.Headline)).Append("</h1>\n")
            .Append("<p style=\"margin:0 0 16px;font-size:15px;color:" + Muted + ";\"><em>").Append(E(c.Standfirst)).Append("</em></p>\n");

        foreach (var notice in c.Notices)
            html.Append("<p style=\"margin:0 0 16px;padding:4px 8px;border-left:3px solid " + Warning + ";color:" + Warning + ";font-size:13px;font-weight:bold;\">").Append(E(notice)).Append("</p>\n");

        if (c.KeyFigures is { Rows.Count: > 0 } figures)
        {
            html.Append("<table role=\"presentation\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;font-size:14px;margin:0 0 16px;\">\n")
                .Append("<caption style=\"text-align:left;font-weight:bold;padding:0 0 6px;\">").Append(E(ReportView.KeyFiguresTitle)).Append("</caption>\n");
            foreach (var row in figures.Rows)
            {
                // The view's columns decide the look: the first names the row, figures are bold and right-aligned, notes muted.
                html.Append("<tr style=\"border-bottom:1px solid " + Rule + ";\"><th scope=\"row\" style=\"text-align:left;font-weight:normal;\">")
                    .Append(E(row[0].FullText)).Append("</th>");
                for (var i = 1; i < row.Count; i++)
                {
                    html.Append(figures.Columns[i].Numeric ? "<td style=\"text-align:right;font-weight:bold;\">" : "<td style=\"color:" + Muted + ";\">")
                        .Append(E(row[i].FullText)).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
        }

        if (c.FirstParagraph is { } first)
            html.Append("<p style=\"margin:0 0 16px;font-size:15px;line-height:1.5;\">").Append(E(first)).Append("</p>\n");

        html.Append("<p style=\"margin:0 0 16px;font-size:15px;\"><a href=\"").Append(E(c.ReportUrl))
            .Append("\" style=\"color:" + Accent + ";font-weight:bold;\">Read the full report</a>");
        if (c.AttachmentName is { } attachment)
            html.Append(" &middot; the PDF is attached (").Append(E(attachment)).Append(')');
        html.Append("</p>\n");
        if (c.FeedUrl is { } feed)
        {
            html.Append("<p style=\"margin:0 0 16px;font-size:13px;color:" + Muted + ";\">Past editions are in the archive; follow them in a feed reader: <a href=\"")
                .Append(E(feed)).Append("\" style=\"color:" + Accent + ";\">Atom feed</a></p>\n");
        }

        if (c.UnsubscribeUrl is { } unsubscribe)
        {
            html.Append("<p style=\"margin:24px 0 0;font-size:12px;color:" + Faint + ";\">You receive this because you subscribed to the daily Flow Report. ")
                .Append("<a href=\"").Append(E(unsubscribe)).Append("\" style=\"color:" + Faint + ";\">Unsubscribe</a></p>\n");
        }
        html.Append("</div>\n</body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
