using System.Globalization;
using System.Net;
using System.Text;
using Reports.Domain.Delivery;
using Reports.Domain.Narrative;
using Reports.Domain.Ports;
using Reports.Domain.Watch;
using Reports.Rendering.View;

namespace Reports.Rendering.Email;

/// <summary>
/// The short watch-alert email: one line per broken level ("BTC broke the support at $64,530.66 (28 Oct 2024 low) at
/// 14:00 UTC, last $64,210.00; $23.8 billion of open interest outstanding at the edition's close"), a link to the
/// edition that named the levels, and the same unsubscribe headers as the report email.
/// </summary>
public sealed class WatchAlertComposer : IWatchAlertComposer
{
    public EmailMessage Compose(WatchEdition edition, IReadOnlyList<WatchBreak> breaks, Subscriber subscriber, ReportEmailSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfZero(breaks.Count);
        var lines = breaks.Select(Line).ToList();
        var at = breaks[0].At;
        var subject = $"Watch alert: {Short(breaks[0])}" + (breaks.Count > 1 ? $" and {breaks.Count - 1} more" : "");
        var link = settings.ReportUrl(edition.Date);
        var unsubscribe = settings.UnsubscribeUrl(subscriber.UnsubscribeToken);
        var intro = $"A level from the {Formats.Date(edition.Date)} edition's \"What to watch\" broke at {Formats.UtcTime(at)}.";

        var text = new StringBuilder().Append(subject).Append("\n\n").Append(intro).Append("\n\n");
        foreach (var line in lines) text.Append("- ").Append(line).Append('\n');
        text.Append("\nThe edition: ").Append(link).Append('\n');
        if (unsubscribe is not null) text.Append("\nYou receive this because you asked for watch alerts. Unsubscribe: ").Append(unsubscribe).Append('\n');

        string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(subject)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:16px;color:").Append(ReportEmailHtml.Ink).Append(";").Append(ReportEmailHtml.Font).Append("\">\n")
            .Append("<div style=\"max-width:640px;margin:0 auto;\">\n")
            .Append("<p style=\"margin:0 0 4px;color:").Append(ReportEmailHtml.Muted).Append(";font-size:13px;\">").Append(E(ReportView.Brand)).Append(" &middot; watch alert</p>\n")
            .Append("<p style=\"margin:0 0 12px;font-size:15px;\">").Append(E(intro)).Append("</p>\n<ul style=\"margin:0 0 16px;padding-left:20px;font-size:15px;line-height:1.5;\">\n");
        foreach (var line in lines) html.Append("<li>").Append(E(line)).Append("</li>\n");
        html.Append("</ul>\n<p style=\"margin:0 0 16px;\"><a href=\"").Append(E(link)).Append("\" style=\"color:").Append(ReportEmailHtml.Accent)
            .Append(";font-weight:bold;\">Read the edition</a></p>\n");
        if (unsubscribe is not null)
        {
            html.Append("<p style=\"margin:24px 0 0;font-size:12px;color:").Append(ReportEmailHtml.Faint).Append(";\">You receive this because you asked for watch alerts. <a href=\"")
                .Append(E(unsubscribe)).Append("\">Unsubscribe</a></p>\n");
        }
        html.Append("</div>\n</body></html>\n");

        var headers = ReportEmailComposer.UnsubscribeHeaders(unsubscribe);
        var id = $"watch-{at.UtcDateTime.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.{subscriber.Id}@{settings.MessageIdDomain}";
        return new EmailMessage(subscriber.Address, subject, html.ToString(), text.ToString(), [], id, headers);
    }

    private static string Short(WatchBreak b) =>
        $"{b.Level.Symbol} {(b.Level.Direction == BreakDirection.Below ? "broke" : "reclaimed")} {Formats.Price(b.Level.Level)}";

    /// <summary>One broken level as a sentence whose figures are the edition's level and exposure and the ticker's price.</summary>
    public static string Line(WatchBreak b)
    {
        var level = b.Level;
        var what = level.Direction == BreakDirection.Below ? "broke the support" : "reclaimed the broken support";
        var label = string.IsNullOrWhiteSpace(level.Label) ? "" : $" ({level.Label})";
        var exposure = level.Direction == BreakDirection.Below && level.ExposureUsd is { } oi
            ? $"; {Formats.Money(oi)} of open interest outstanding at the edition's close"
            : "";
        return $"{level.Symbol} {what} at {Formats.Price(level.Level)}{label} at {Formats.UtcTime(b.At)}, last {Formats.Price(b.Price)}{exposure}.";
    }
}
