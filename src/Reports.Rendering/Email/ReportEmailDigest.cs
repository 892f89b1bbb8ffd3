using System.Net;
using System.Text;
using Reports.Domain.Archive;
using Reports.Domain.Delivery;
using Reports.Domain.Narrative;
using Reports.Rendering.View;

namespace Reports.Rendering.Email;

/// <summary>
/// The weekly digest's HTML and plain text: the week's headlines, newest first, each with its standfirst and a link
/// to its page in the public archive; the latest edition's PDF is attached by the composer. Same palette and
/// inline-style rules as the daily email (<see cref="ReportEmailHtml"/>).
/// </summary>
internal static class ReportEmailDigest
{
    private const string Font = ReportEmailHtml.Font;

    private static readonly string Ink = ReportEmailHtml.Ink, Muted = ReportEmailHtml.Muted, Faint = ReportEmailHtml.Faint,
        Rule = ReportEmailHtml.Rule, Accent = ReportEmailHtml.Accent;

    public static string Title(DateOnly latest) => $"The week in crypto flows to {Formats.Date(latest)}";

    public static string Html(DateOnly latest, IReadOnlyList<EditionEntry> week, ReportEmailSettings settings, string? attachment, string? unsubscribe)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(Title(latest))).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:16px;background:#ffffff;color:" + Ink + ";").Append(Font).Append("\">\n")
            .Append("<div style=\"max-width:640px;margin:0 auto;\">\n")
            .Append("<p style=\"margin:0 0 4px;color:" + Muted + ";font-size:13px;\">").Append(E(ReportView.Brand)).Append(" &middot; weekly digest</p>\n")
            .Append("<h1 style=\"margin:0 0 16px;font-size:22px;line-height:1.25;\">").Append(E(Title(latest))).Append("</h1>\n");
        foreach (var entry in week)
        {
            html.Append("<div style=\"padding:8px 0;border-bottom:1px solid " + Rule + ";\">\n")
                .Append("<p style=\"margin:0;color:" + Muted + ";font-size:13px;\">").Append(E(Formats.Date(entry.Date))).Append("</p>\n")
                .Append("<p style=\"margin:2px 0;font-size:16px;font-weight:bold;\"><a href=\"").Append(E(settings.ReportUrl(entry.Date)))
                .Append("\" style=\"color:" + Ink + ";\">").Append(E(entry.Headline)).Append("</a></p>\n")
                .Append("<p style=\"margin:0;font-size:14px;color:" + Muted + ";\">").Append(E(entry.Standfirst)).Append("</p>\n</div>\n");
        }
        html.Append("<p style=\"margin:16px 0;font-size:15px;\"><a href=\"").Append(E(settings.ReportUrl(latest)))
            .Append("\" style=\"color:" + Accent + ";font-weight:bold;\">Read the latest edition</a>");
        if (attachment is not null) html.Append(" &middot; its PDF is attached (").Append(E(attachment)).Append(')');
        html.Append("</p>\n");
        if (settings.FeedUrl is { } feed)
            html.Append("<p style=\"margin:0 0 16px;font-size:13px;color:" + Muted + ";\">Every edition as a feed: <a href=\"").Append(E(feed)).Append("\" style=\"color:" + Accent + ";\">Atom feed</a></p>\n");
        if (unsubscribe is not null)
        {
            html.Append("<p style=\"margin:24px 0 0;font-size:12px;color:" + Faint + ";\">You receive this because you subscribed to the weekly Flow Report digest. ")
                .Append("<a href=\"").Append(E(unsubscribe)).Append("\" style=\"color:" + Faint + ";\">Unsubscribe</a></p>\n");
        }
        html.Append("</div>\n</body></html>\n");
        return html.ToString();
    }

    public static string Text(DateOnly latest, IReadOnlyList<EditionEntry> week, ReportEmailSettings settings, string? attachment, string? unsubscribe)
    {
        var title = Title(latest);
        var text = new StringBuilder();
        text.Append(ReportView.Brand).Append(", weekly digest\n\n").Append(title).Append('\n').Append(new string('=', Math.Min(title.Length, 72))).Append("\n\n");
        foreach (var entry in week)
        {
            text.Append(Formats.Date(entry.Date)).Append(": ").Append(entry.Headline).Append('\n')
                .Append("  ").Append(entry.Standfirst).Append('\n')
                .Append("  ").Append(settings.ReportUrl(entry.Date)).Append("\n\n");
        }
        if (attachment is not null) text.Append("The latest edition's PDF is attached: ").Append(attachment).Append('\n');
        if (settings.FeedUrl is { } feed) text.Append("Every edition as a feed: ").Append(feed).Append('\n');
        if (unsubscribe is not null)
            text.Append('\n').Append("You receive this because you subscribed to the weekly Flow Report digest. Unsubscribe: ").Append(unsubscribe).Append('\n');
        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
